import CuentasCore
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
}
