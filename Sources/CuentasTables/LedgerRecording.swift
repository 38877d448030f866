import CuentasCore

/// What a command that records one movement needs of a ledger, whichever store holds it: the part of the catalogue it
/// names (to say "there is no project X" before anything else), and recording through the rules. The first part of the
/// store interface both stores implement (docs/POSTGRES.md).
public protocol LedgerRecording {
    /// Records one movement through the rules, as the only writer, and returns it with its number.
    @discardableResult
    func record(_ draft: MovementDraft) throws -> Movement
    /// The catalogue's entries for these projects and clubs (every club when nil), with every party and scheme.
    func catalogue(onlyProjects folios: Set<Folio>, onlyClubs clubs: Set<PartyID>?) throws -> Catalogue
}
