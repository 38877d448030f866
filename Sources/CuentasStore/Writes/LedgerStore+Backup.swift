import CuentasCore
import Foundation
import GRDB
import CuentasTables

/// Copies of the ledger made with SQLite's online backup API: consistent even while another process records.
extension LedgerStore {
    /// Copies the whole ledger, as of one moment, into a new file. Refuses to overwrite an existing file.
    public func backup(to destination: String) throws(StoreError) {
        guard !FileManager.default.fileExists(atPath: destination) else { throw StoreError.ledgerExists(path: destination) }
        do {
            let copy = try DatabaseQueue(path: destination)
            try writer.backup(to: copy)
            try copy.close()
            // The evidence files beside the ledger go with it (they are never changed, so copying after is safe).
            _ = try evidenceFolder.copyMissing(to: EvidenceFolder(ledgerPath: destination))
        } catch {
            try? FileManager.default.removeItem(atPath: destination)
            throw StoreError(error)
        }
    }

    /// Replaces the ledger at `destination` with this one (a backup). The caller checks that this copy is sound and
    /// that replacing was asked for.
    public func restore(over destination: String) throws(StoreError) {
        do {
            let target = try DatabaseQueue(path: destination)
            try writer.backup(to: target)
            try target.close()
            _ = try evidenceFolder.copyMissing(to: EvidenceFolder(ledgerPath: destination))
        } catch {
            throw StoreError(error)
        }
    }
}
