import CuentasCore

/// What a statement, a page or `show` reads of a ledger, whichever store holds it: the part of the catalogue a
/// command names, and the listed state of one project, club or municipality (its stored balances and the movements it
/// shows, no rule replayed).
public protocol StatementReading {
    /// The catalogue's entries for these projects and clubs (every club when nil), with every party and scheme.
    func catalogue(onlyProjects folios: Set<Folio>, onlyClubs clubs: Set<PartyID>?) throws(StoreError) -> Catalogue
    /// One project's own account and movements; nil when there is no such project.
    func projectState(_ folio: Folio) throws(StoreError) -> LedgerState?
    /// One club's fund and every project it sponsors.
    func clubState(_ id: PartyID) throws(StoreError) -> LedgerState
    /// Every project of one municipality.
    func municipalityState(_ id: PartyID) throws(StoreError) -> LedgerState
}

extension StatementReading {
    /// The listed state a statement reads. Nil for a project that does not exist (a club or a municipality that does
    /// not exist reads as an empty state, whose statement is nil).
    public func state(for subject: StatementSubject) throws(StoreError) -> LedgerState? {
        switch subject {
        case .project(let folio): return try projectState(folio)
        case .club(let id): return try clubState(id)
        case .municipality(let id): return try municipalityState(id)
        }
    }
}

/// The store interface as far as both stores implement it: recording, publishing, statements. The commands that use
/// only these work on a file and on PostgreSQL alike (`CommandContext.openEither`).
public typealias SharedLedger = LedgerRecording & PublishingLedger & StatementReading & SessionStore
