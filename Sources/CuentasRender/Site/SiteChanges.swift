import CuentasCore

/// What a re-publish must render again after some new movements, and which part of the ledger it must replay to do so.
///
/// A project's statement depends on the project's own movements; a club's on its own movements and on the accounts
/// of the projects it sponsors; a municipality's on the accounts of its projects. So a movement about a project
/// changes the project, its sponsoring clubs and its municipality; a donation changes its club; a reversal changes
/// what the reversed movement changed. Statements that are new in the catalogue, or whose files are missing from the
/// folder, are rendered too.
public struct SiteChanges: Sendable, Equatable {
    /// The statements to render.
    public let units: Set<StatementSubject>
    /// The projects whose whole history the replay needs: those rendered, those of the rendered municipalities and
    /// those the rendered clubs sponsor. Their summaries in the portfolio index are computed again.
    public let folios: Set<Folio>
    /// The clubs whose whole fund the replay needs: those rendered.
    public let clubs: Set<PartyID>
    /// Which receipts of the rendered clubs to render again: those whose donation's path changed, those that reached a
    /// rendered project, and every receipt of the clubs listed here (new, amended, or with files missing).
    public let receipts: ReceiptSelection

    /// - Parameters:
    ///   - newMovements: the movements recorded since the last publish.
    ///   - earlierMovements: the movements the new reversals undo, when they are older than `newMovements`.
    ///   - previousUnits: the statements the folder was last published with.
    ///   - missingUnits: statements whose files are no longer in the folder.
    ///   - amended: entries amended since (a title corrected, a budget re-programmed, a club renamed or renewed, a
    ///     government renamed or given a new administration). A project's change shows on its statement, its
    ///     clubs' and its municipality's; a club's on its statement and its projects'; a federation's on its clubs'; a
    ///     government's on every statement of the projects beneath it.
    public init(
        newMovements: [Movement], earlierMovements: [MovementID: Movement], catalogue: Catalogue, previousUnits: Set<StatementSubject>,
        missingUnits: Set<StatementSubject> = [], amended: Set<CatalogueAmendment.Subject> = [], publishedThrough: MovementID = 0
    ) {
        let byID = Dictionary(uniqueKeysWithValues: newMovements.map { ($0.id, $0) })
        var projects: Set<Folio> = []
        var clubs: Set<PartyID> = []
        var municipalities: Set<PartyID> = []
        var everyReceiptOf: Set<PartyID> = []
        for movement in newMovements {
            var reversed: Movement?
            if case .reversal(let reversal) = movement.body {
                reversed = byID[reversal.movementID] ?? earlierMovements[reversal.movementID]
            }
            // What a movement is about is said once, beside what it does to the money.
            let touched = MovementEffects.touches(movement.body, reversing: reversed?.body)
            if let folio = touched.folio { projects.insert(folio) }
            if let party = touched.party { clubs.insert(party) }
        }
        // New statements, and statements to write again because their files are gone.
        for subject in StatementSubject.all(in: catalogue).subtracting(previousUnits).union(missingUnits)
        where subject.exists(in: catalogue) {
            switch subject {
            case .project(let folio): projects.insert(folio)
            case .club(let id):
                clubs.insert(id)
                everyReceiptOf.insert(id)
            case .municipality(let id): municipalities.insert(id)
            }
        }
        for subject in amended {
            switch subject {
            case .project(let folio): projects.insert(folio)
            case .club(let id):
                clubs.insert(id)
                everyReceiptOf.insert(id)
                projects.formUnion(catalogue.folios(sponsoredBy: id))
            case .federation(let id):
                clubs.formUnion(catalogue.clubs.values.filter { $0.federationID == id }.map(\.id))
            case .government(let id):
                if catalogue.governments[id]?.level == .municipal { municipalities.insert(id) }
                for (folio, project) in catalogue.projects
                where catalogue.governmentChain(from: project.municipalityID).contains(where: { $0.id == id })
                    || project.executingAgencyID == id
                {
                    projects.insert(folio)
                }
            }
        }
        projects = projects.filter { catalogue.projects[$0] != nil }
        for folio in projects {
            let project = catalogue.projects[folio]!
            municipalities.insert(project.municipalityID)
            clubs.formUnion(project.sponsorClubIDs)
        }
        clubs = clubs.filter { catalogue.clubs[$0] != nil }
        var needed = projects
        for (folio, project) in catalogue.projects
        where municipalities.contains(project.municipalityID) || project.sponsorClubIDs.contains(where: clubs.contains) {
            needed.insert(folio)
        }
        units = Set(projects.map(StatementSubject.project)).union(clubs.map(StatementSubject.club)).union(
            municipalities.map(StatementSubject.municipality))
        folios = needed
        self.clubs = clubs
        receipts = ReceiptSelection(publishedThrough: publishedThrough, changedProjects: projects, everyReceiptOf: everyReceiptOf)
    }
}
