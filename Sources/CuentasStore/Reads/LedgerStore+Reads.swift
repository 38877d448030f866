import CuentasCore
import CuentasIntegrity
import GRDB

/// Reading the ledger back as domain values. Reads see one consistent snapshot, even while another process writes.
extension LedgerStore {
    public func catalogue() throws(StoreError) -> Catalogue {
        try read { db in try CatalogueLoader.load(db) }
    }

    public func movements() throws(StoreError) -> [Movement] {
        try read { db in try LedgerLoader.movements(db) }
    }

    /// Every movement replayed through the ledger rules, with any violations found.
    public func check() throws(StoreError) -> LedgerCheck {
        try read { db in try LedgerLoader.check(db) }
    }

    public func state() throws(StoreError) -> LedgerState { try check().state }

    /// Every rule over every movement, and the hash chain recomputed from the first movement to the last.
    public func fullCheck() throws(StoreError) -> StoredLedgerCheck {
        try read { db in try LedgerLoader.fullCheck(db) }
    }

    /// The number of movements and the hash of the last one.
    public func ledgerHead() throws(StoreError) -> (movements: Int64, hash: String) {
        try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT id, hash FROM movement ORDER BY id DESC LIMIT 1")
            return (row?["id"] ?? 0, row?["hash"] ?? HashChain.genesis)
        }
    }

    /// The stored hash of one movement (nil when there is no such movement).
    public func hash(ofMovement id: MovementID) throws(StoreError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT hash FROM movement WHERE id = ?", arguments: [id]) }
    }
}
