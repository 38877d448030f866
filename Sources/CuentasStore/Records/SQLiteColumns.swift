import CuentasCore
import CuentasTables
import GRDB

/// A GRDB row as the shared readers read it (`StoredColumns`), with GRDB's fast reading straight from the statement
/// for the text and integers SQLite hands over directly.
public struct SQLiteColumns: StoredColumns {
    let row: Row

    init(_ row: Row) { self.row = row }

    public func isNull(at position: Int) -> Bool { row.hasNull(atIndex: position) }
    public func text(at position: Int) -> String? { try? row.decode(String.self, atIndex: position) }
    public func integer(at position: Int) -> Int64? { try? row.decode(Int64.self, atIndex: position) }
    public func shown(at position: Int) -> String { String(describing: row[position] as DatabaseValue) }

    public func columnName(at position: Int) -> String {
        let names = Array(row.columnNames)
        return names.indices.contains(position) ? names[position] : "column \(position + 1)"
    }
}

extension MovementColumns {
    /// A row of `selectSQL` read from the SQLite store (see `movement(from:)` for any store's row).
    static func movement(from row: Row) throws(DamagedRow) -> Movement { try movement(from: SQLiteColumns(row)) }

    static func movement(from row: Row, sharing texts: inout RepeatedTexts) throws(DamagedRow) -> Movement {
        try movement(from: SQLiteColumns(row), sharing: &texts)
    }

    static func movement(from row: Row, sharing texts: inout RepeatedTexts, after previous: inout MovementID) throws(DamagedRow) -> Movement
    {
        try movement(from: SQLiteColumns(row), sharing: &texts, after: &previous)
    }
}
