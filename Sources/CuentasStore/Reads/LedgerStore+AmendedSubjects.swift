import CuentasCore
import GRDB
import CuentasTables

extension LedgerStore {
    /// What a re-publish must render again besides what new movements changed (`AmendedSubjects`).
    public func amendedSubjects(afterSeal seal: Int64) throws(StoreError) -> Set<CatalogueAmendment.Subject> {
        try read { db in try AmendedSubjects.read(SQLiteSession(db), afterSeal: seal) }
    }
}
