import CuentasCore
import Foundation

/// A store as the code both stores share drives it: reads in one snapshot and writes as the only writer, each one
/// transaction of its own database (`LedgerSession`), and the few things each store does its own way. What the web app
/// and the commands ask of a ledger beyond statements and publishing (users, oversight, the catalogue's writes,
/// amendments, a form's movements once) is written once, in this protocol's extensions, over these.
public protocol SessionStore: Sendable {
    associatedtype Session: LedgerSession
    associatedtype Rows: MovementRowWriter

    /// A read in one snapshot.
    func reading<Result>(_ body: (Session) throws -> Result) throws(StoreError) -> Result
    /// A write in one transaction as the only writer: every write of every process (or app server) takes its turn.
    func writing<Result>(_ body: (Session) throws -> Result) throws(StoreError) -> Result
    /// Where a recording's rows go in this store (`MovementRowWriter`).
    func movementRows(_ session: Session) -> Rows
    /// What an error thrown inside a session means, said as the store interface says it (a full disk, the server's
    /// refusal, a rule broken).
    func storeError(_ error: any Error) -> StoreError
    /// The catalogue and its shared parts, kept between reads while the catalogue is unchanged.
    var keptCatalogue: KeptCatalogue { get }
    /// Where the evidence's files are kept.
    var evidenceFolder: EvidenceFolder { get }
    /// Whether donations get receipt codes when recorded (always, but in tests of ledgers from before receipts).
    var issuesReceipts: Bool { get }
}

extension SessionStore {
    /// A write that adds to the catalogue: what it adds is sealed in the same transaction (`CatalogueSeals`).
    public func writingCatalogue<Result>(_ body: (Session) throws -> Result) throws(StoreError) -> Result {
        try writing { session in
            let result = try body(session)
            try CatalogueSeals.sealNew(session)
            return result
        }
    }
}

/// The whole catalogue and its shared parts (federations, governments, schemes), each kept until the catalogue's
/// version changes (`CatalogueVersionCache`).
public final class KeptCatalogue: Sendable {
    let shared = CatalogueVersionCache<SharedCatalogueParts>()
    let whole = CatalogueVersionCache<Catalogue>()
    let parts = CataloguePartCache()
    let projects = CatalogueVersionCache<Int64>()

    public init() {}

    /// The shared parts as kept, read again when the catalogue changed.
    public func sharedParts(_ session: some LedgerSession) throws -> SharedCatalogueParts {
        try shared.value(session) { session in try CatalogueLoader.sharedParts(session) }
    }

    /// The catalogue's entries for these projects and clubs (every club when nil), with every party and scheme
    /// (`CatalogueLoader.load`), as kept, read again when the catalogue changed.
    public func part(_ session: some LedgerSession, onlyProjects folios: Set<Folio>, onlyClubs clubs: Set<PartyID>?) throws -> Catalogue {
        try parts.value(version: try CatalogueVersion.read(session), folios: folios, clubs: clubs) {
            try CatalogueLoader.load(session, onlyProjects: folios, onlyClubs: clubs, shared: try sharedParts(session))
        }
    }

    /// How many projects the catalogue holds, as kept (projects are never deleted; PostgreSQL counts by reading the table).
    public func projectCount(_ session: some LedgerSession) throws -> Int64 {
        try projects.value(session) { session in try session.rows("SELECT count(*) FROM project").first?.integer(at: 0) ?? 0 }
    }

    /// The whole catalogue as kept, read again when it changed.
    public func catalogue(_ session: some LedgerSession) throws -> Catalogue {
        try whole.value(session) { session in try CatalogueLoader.load(session) }
    }
}
