import CuentasCore
import CuentasTables
import GRDB

extension LedgerStore {
    /// Copies a whole ledger (a PostgreSQL one: `cuentas copy`) into this new, empty file, in one transaction, foreign
    /// keys checked at its commit (`LedgerCopy`: catalogue tables row for row, movements through the rules with their
    /// hashes required equal, balances from the replay). A refusal leaves the file as empty as it was.
    public func receiveCopy(
        _ tables: [String], from source: some LedgerTableSource, catalogue: Catalogue
    ) throws -> LedgerCopy.Report {
        do {
            return try writer.write { db in
                guard try !LedgerCopy.holdsALedger(SQLiteSession(db)) else { throw LedgerCopyError.notEmpty(path) }
                try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
                return try LedgerCopy.copy(tables, from: source, catalogue: catalogue, into: SQLiteSession(db))
            }
        } catch let error as any ExplainedError {
            throw error
        } catch {
            throw StoreError(error)
        }
    }
}
