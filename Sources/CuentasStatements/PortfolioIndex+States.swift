import CuentasCore

extension PortfolioIndex {
    /// A state of the country with its municipalities (each with its projects) and the clubs that sponsor a project
    /// there: one page of a national site, between the country's index and a municipality's statement.
    public struct StateGroup: Hashable, Sendable {
        /// The state's government; nil for municipalities the catalogue places under no state.
        public let state: PartyReference?
        public let municipalities: [Group<PartyReference>]
        public let clubs: [PartyReference]
        public var projects: [ProjectSummary] { municipalities.flatMap(\.projects) }
    }

    /// The municipal governments grouped by the government above them (the state), states by name; municipalities
    /// with no state in the catalogue come last in a group of their own.
    static func states(municipalities: [Group<PartyReference>], summaries: [ProjectSummary], catalogue: Catalogue) -> [StateGroup] {
        func stateID(of municipality: PartyID) -> PartyID? {
            guard let parent = catalogue.governments[municipality]?.parentID, catalogue.governments[parent]?.level == .state else {
                return nil
            }
            return parent
        }
        var clubsByState: [PartyID?: Set<PartyID>] = [:]
        for summary in summaries {
            guard let project = catalogue.projects[summary.folio] else { continue }
            clubsByState[stateID(of: summary.municipality.id), default: []].formUnion(project.sponsorClubIDs)
        }
        let grouped = Dictionary(grouping: municipalities) { stateID(of: $0.key.id) }
        return grouped.map { id, groups in
            StateGroup(
                state: id.map { PartyReference($0, in: catalogue) }, municipalities: groups,
                clubs: (clubsByState[id] ?? []).sorted().map { PartyReference($0, in: catalogue) })
        }.sorted { left, right in
            switch (left.state, right.state) {
            case (nil, _): return false
            case (_, nil): return true
            case (let a?, let b?): return (a.name, a.id) < (b.name, b.id)
            }
        }
    }
}
