import CuentasCore

extension DiasporaContribution {
    /// Every scope of the ledger (the country, each state of origin, each federation and the clubs of a state in no
    /// federation, each club) from every club's years and every project's status, as a publish computes or a
    /// re-publish keeps them.
    public static func all(
        byClub: [PartyID: [Int: ClubContributionYear]], catalogue: Catalogue, statuses: [Folio: ProjectStatus], asOf: CalendarDate,
        corridorPrices: [CorridorPrice]
    ) -> [DiasporaContribution] {
        let clubs = catalogue.clubs.keys.sorted()
        func originOf(_ club: PartyID) -> String {
            catalogue.clubs[club]?.federationID.flatMap { catalogue.federations[$0]?.stateOfOrigin } ?? ""
        }
        func federation(_ club: PartyID) -> PartyID? { catalogue.clubs[club]?.federationID }
        var sponsored: [PartyID: [Folio]] = [:]
        for (folio, project) in catalogue.projects {
            for club in project.sponsorClubIDs where catalogue.isAcceptedSponsor(club, of: folio) {
                sponsored[club, default: []].append(folio)
            }
        }
        let builder = Builder(
            catalogue: catalogue, statuses: statuses, sponsored: sponsored, asOf: asOf, byClub: byClub, prices: corridorPrices)
        var result: [DiasporaContribution] = []
        let origins = Set(clubs.map(originOf)).sorted()
        result.append(
            builder.make(
                .country, name: "", up: nil, clubs: clubs,
                parts: origins.map { origin in
                    (.stateOfOrigin(origin), origin, clubs.filter { originOf($0) == origin })
                }))
        for stateName in origins {
            let members = clubs.filter { originOf($0) == stateName }
            let federations = Set(members.map(federation)).sorted { ($0?.text ?? "") < ($1?.text ?? "") }
            func scope(_ id: PartyID?) -> Scope { id.map { .federation($0) } ?? .noFederation(stateName) }
            let stateUp = Reference(scope: .stateOfOrigin(stateName), name: stateName)
            result.append(
                builder.make(
                    .stateOfOrigin(stateName), name: stateName, up: Reference(scope: .country, name: ""), clubs: members,
                    parts: federations.map { id in
                        (scope(id), id.map { catalogue.partyName($0) } ?? "", members.filter { federation($0) == id })
                    }))
            for id in federations {
                let own = members.filter { federation($0) == id }
                let name = id.map { catalogue.partyName($0) } ?? ""
                result.append(
                    builder.make(
                        scope(id), name: name, up: stateUp, clubs: own, parts: own.map { (.club($0), catalogue.partyName($0), [$0]) }))
                for club in own {
                    result.append(
                        builder.make(
                            .club(club), name: catalogue.partyName(club), up: Reference(scope: scope(id), name: name), clubs: [club],
                            parts: []))
                }
            }
        }
        return result
    }

    private struct Builder {
        let catalogue: Catalogue
        let statuses: [Folio: ProjectStatus]
        let sponsored: [PartyID: [Folio]]
        let asOf: CalendarDate
        let byClub: [PartyID: [Int: ClubContributionYear]]
        let prices: [CorridorPrice]

        func sum(_ clubs: [PartyID], year: Int? = nil) -> ClubContributionYear {
            var total = ClubContributionYear(clubID: clubs.count == 1 ? clubs[0] : nil, year: year ?? 0)
            for club in clubs {
                for (number, figures) in byClub[club] ?? [:] where year == nil || number == year { total.add(figures) }
            }
            return total
        }

        func make(
            _ scope: Scope, name: String, up: Reference?, clubs: [PartyID], parts: [(Scope, String, [PartyID])]
        ) -> DiasporaContribution {
            let years = Set(clubs.flatMap { (byClub[$0] ?? [:]).keys }).sorted()
            let corridors = Set(clubs.compactMap { catalogue.clubs[$0].map(CorridorPrice.sendingCountry) })
            let corridor = corridors.count == 1 ? corridors.first : nil
            let folios = Set(clubs.flatMap { sponsored[$0] ?? [] })
            let projects = folios.compactMap { folio in catalogue.projects[folio].map { ($0.kind, statuses[folio] ?? .proposed) } }
            return DiasporaContribution(
                scope: scope, name: name, up: up, asOf: asOf,
                years: years.map { year in
                    Year(year: year, figures: sum(clubs, year: year), corridorAverage: corridor.flatMap { average($0, year) })
                },
                total: sum(clubs),
                projectsByKind: ProjectKind.allCases.map { kind in Count(key: kind, count: projects.count { $0.0 == kind }) }
                    .filter { $0.count > 0 },
                projectsByStatus: ProjectStatus.allCases.map { status in Count(key: status, count: projects.count { $0.1 == status }) }
                    .filter { $0.count > 0 },
                parts: parts.map { Part(scope: $0.0, name: $0.1, total: sum($0.2)) })
        }

        /// The mean of the corridor's quarters in `year` (rounded down to a basis point), or the latest quarter before it.
        func average(_ sending: String, _ year: Int) -> CorridorPrice? {
            let corridor = prices.filter { $0.sendingCountry == sending && $0.receivingCountry == CorridorPrice.mexico }
            let quarters = corridor.filter { $0.quarter.hasPrefix("\(year)Q") }
            guard !quarters.isEmpty else { return corridor.filter { $0.quarter < "\(year)" }.max { $0.quarter < $1.quarter } }
            return CorridorPrice(
                sendingCountry: sending, receivingCountry: CorridorPrice.mexico, quarter: "\(year)",
                averageCostBasisPoints: quarters.map(\.averageCostBasisPoints).reduce(0, +) / Int64(quarters.count))
        }
    }
}
