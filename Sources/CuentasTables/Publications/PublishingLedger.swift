import CuentasCore

/// What publishing the transparency site needs of a ledger, whichever store holds it: the check a signed publication
/// must pass, the whole state and the oversight records the statements read, the publications recorded, and for a
/// re-publish of an unsigned folder what changed since it was published. The SQLite file and PostgreSQL both give it
/// (`SitePublisher` publishes through it), so the same ledger publishes the same site from either.
public protocol PublishingLedger: Sendable {
    /// Where the evidence's files are kept (their records are in the ledger).
    var evidenceFolder: EvidenceFolder { get }
    /// Every rule, the hash chain, the stored balances against a replay, the publications' heads and what else the
    /// store can check.
    func fullCheck() throws(StoreError) -> StoredLedgerCheck
    /// The whole ledger as statements read it: the stored balances and every movement listed.
    func state() throws(StoreError) -> LedgerState
    func catalogue() throws(StoreError) -> Catalogue
    /// A number that changes whenever anything is added to the catalogue (the last seal's).
    func catalogueVersion() throws(StoreError) -> Int64
    func hash(ofMovement id: MovementID) throws(StoreError) -> String?
    func allOversight(asOf: CalendarDate) throws(StoreError) -> [Folio: ProjectOversight]
    func publications() throws(StoreError) -> [PublicationRecord]
    func recordPublication(_ publication: PublicationRecord, files: [String: String]) throws(StoreError)

    /// What a re-publish renders again besides what new movements changed (`AmendedSubjects`).
    func amendedSubjects(afterSeal seal: Int64) throws(StoreError) -> Set<CatalogueAmendment.Subject>
    func movements(after id: MovementID) throws(StoreError) -> [Movement]
    func movements(numbered ids: Set<MovementID>) throws(StoreError) -> [Movement]
    /// A replay of the part of the ledger some projects and clubs depend on (`StoredMovements.part`), up to `last`.
    func partialCheck(
        catalogue: Catalogue, folios: Set<Folio>, clubs: Set<PartyID>, through last: MovementID?
    ) throws(StoreError) -> LedgerCheck
}
