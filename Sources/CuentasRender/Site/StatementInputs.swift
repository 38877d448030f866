import CuentasCore
import CuentasIntegrity
import CuentasStatements

/// What each statement of the site is computed from, as one digest per statement ("unit").
enum StatementInputs {
    static func projectUnit(_ folio: Folio) -> String { "project:\(folio.text)" }
    static func clubUnit(_ id: PartyID) -> String { "club:\(id.text)" }
    static func municipalityUnit(_ id: PartyID) -> String { "municipality:\(id.text)" }

    /// The files a statement writes, by its unit name; empty for a name that is not a unit.
    static func files(ofUnit unit: String) -> [String] {
        let parts = unit.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return [] }
        let id = Identifier(trusted: parts[1])
        switch parts[0] {
        case "project": return Language.allCases.map { SitePath.project(id, $0) } + [SitePath.projectXML(id)]
        case "club": return Language.allCases.map { SitePath.club(id, $0) } + [SitePath.clubXML(id)]
        case "municipality": return Language.allCases.map { SitePath.municipality(id, $0) } + [SitePath.municipalityXML(id)]
        default: return []
        }
    }

    static func keys(state: LedgerState, asOf: CalendarDate, corridorPrices: [CorridorPrice], program: String) -> [String: String] {
        let common = "\(program)\n\(asOf.isoText)\n"
        func projectPart(_ folio: Folio) -> String {
            folio.text + ":" + (state.projectMovementIDs[folio] ?? []).map(String.init).joined(separator: ",") + "\n"
        }
        var keys: [String: String] = [:]
        var projectsByMunicipality: [PartyID: [Folio]] = [:]
        var projectsByClub: [PartyID: [Folio]] = [:]
        for folio in state.projects.keys.sorted() {
            keys[projectUnit(folio)] = digest(common + projectPart(folio))
            guard let project = state.catalogue.projects[folio] else { continue }
            projectsByMunicipality[project.municipalityID, default: []].append(folio)
            for club in project.sponsorClubIDs { projectsByClub[club, default: []].append(folio) }
        }
        let prices = corridorPrices.map { "\($0)" }.joined(separator: ";")
        for club in state.clubFunds.keys.sorted() {
            let own = (state.clubMovementIDs[club] ?? []).map(String.init).joined(separator: ",")
            keys[clubUnit(club)] = digest(
                common + prices + "\n" + club.text + ":" + own + "\n" + (projectsByClub[club] ?? []).map(projectPart).joined())
        }
        for municipality in SiteBuilder.municipalities(state) {
            keys[municipalityUnit(municipality)] = digest(
                common + municipality.text + "\n" + (projectsByMunicipality[municipality] ?? []).map(projectPart).joined())
        }
        return keys
    }

    private static func digest(_ text: String) -> String { HashChain.sha256(Array(text.utf8)) }
}
