import CuentasTables
import PostgresNIO

/// A PostgreSQL row as the shared readers read it (`StoredColumns`). Types are the schema's: text columns decode as
/// text only, BIGINT columns as integers only, as SQLite's strict reading does.
public struct PostgresColumns: StoredColumns {
    let row: PostgresRandomAccessRow

    init(_ row: PostgresRow) { self.row = row.makeRandomAccess() }

    public func isNull(at position: Int) -> Bool { row[position].bytes == nil }
    public func text(at position: Int) -> String? { try? row[position].decode(String.self) }
    public func integer(at position: Int) -> Int64? { try? row[position].decode(Int64.self) }

    public func columnName(at position: Int) -> String { row[position].columnName }

    public func shown(at position: Int) -> String {
        if isNull(at: position) { return "NULL" }
        if let text = text(at: position) { return "\"\(text)\"" }
        if let integer = integer(at: position) { return "\(integer)" }
        return "a value of type \(row[position].dataType)"
    }
}
