import CuentasCore
import CuentasTables
import GRDB

/// Whole tables as stored, for a copy of the ledger to the PostgreSQL store (`cuentas copy`).
extension LedgerStore: LedgerTableSource {
    /// The rows of one of the ledger's tables, ordered by its key (its row id for tables without one). A value
    /// SQLite holds as a real number or bytes is refused: the schema stores only text and whole numbers.
    public func tableRows(_ table: String) throws(StoreError) -> TableRows {
        try read { db in
            guard
                let name = try String.fetchOne(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND lower(name) = lower(?)", arguments: [table])
            else { throw StoreError.unknown(what: "table", id: table) }
            let columns = try db.columns(in: name).map(\.name)
            let key = try db.primaryKey(name).columns
            let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            let order = key.map { "\"\($0)\"" }.joined(separator: ", ")
            var rows: [[ColumnValue]] = []
            for row in try Row.fetchAll(db, sql: "SELECT * FROM \(quoted) ORDER BY \(order)") {
                rows.append(
                    try (0..<columns.count).map { index in
                        switch (row[index] as DatabaseValue).storage {
                        case .null: return .null
                        case .int64(let integer): return .integer(integer)
                        case .string(let text): return .text(text)
                        case .double, .blob:
                            throw StoreError.corruptRow(
                                table: name, id: "?", detail: "\(columns[index]) is neither text nor a whole number")
                        }
                    })
            }
            return TableRows(table: name, columns: columns, rows: rows)
        }
    }
}
