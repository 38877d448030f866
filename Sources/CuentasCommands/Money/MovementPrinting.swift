import CuentasCore
import CuentasTables

extension CommandContext {
    /// "Recorded movement #12: deposit of MX$600,000.00 to 3X1-2024-001."
    func recorded(_ movement: Movement, _ what: String) {
        print(say("Movimiento #\(movement.id) registrado: ", "Recorded movement #\(movement.id): ") + what)
    }

    func project(_ folio: Folio, in catalogue: Catalogue) throws(LedgerViolation) -> Project {
        guard let project = catalogue.projects[folio] else { throw LedgerViolation(folio: folio, movementID: nil, rule: .unknownProject) }
        return project
    }

    func club(_ id: PartyID, in catalogue: Catalogue) throws(LedgerViolation) -> Club {
        guard let club = catalogue.clubs[id] else { throw LedgerViolation(folio: nil, clubID: id, movementID: nil, rule: .unknownClub(id)) }
        return club
    }

    /// The project a command names by its folio (the FOLIO argument), as recorded.
    func project(folio: String, in store: some LedgerRecording) throws -> Project {
        let folioID: Folio = try OptionParsing.identifier(folio, "FOLIO")
        return try project(folioID, in: store.catalogue(onlyProjects: [folioID], onlyClubs: nil))
    }

    /// The club that sends (`--club`) and the project it sends to (`--project`), both as recorded, read together.
    func sender(club: String, project: String, in store: some LedgerRecording) throws -> (club: Club, project: Project) {
        let folio: Folio = try OptionParsing.identifier(project, "--project")
        let clubID: PartyID = try OptionParsing.identifier(club, "--club")
        let catalogue = try store.catalogue(onlyProjects: [folio], onlyClubs: [clubID])
        let target = try self.project(folio, in: catalogue)  // the project's error first, as for every command naming one
        return (try self.club(clubID, in: catalogue), target)
    }
}
