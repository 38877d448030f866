import CuentasCore
import CuentasTables
import CuentasIntegrity
import Foundation
import GRDB

extension LedgerStore {
    /// Every publication, in order.
    public func publications() throws(StoreError) -> [PublicationRecord] {
        try read { db in try PublicationRows.all(SQLiteSession(db)) }
    }

    /// Records a publication and the hash of each of its files, in one transaction. Its number must be the next one.
    public func recordPublication(_ publication: PublicationRecord, files: [String: String]) throws(StoreError) {
        try write { db in try PublicationRows.record(SQLiteSession(db), publication, files: files) }
    }
}
