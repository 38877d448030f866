import CuentasTables
import PostgresNIO

/// A PostgreSQL row as the shared readers read it (`StoredColumns`). Types are the schema's: text columns decode as
/// text only, BIGINT columns as integers only, as SQLite's strict reading does.
public struct PostgresColumns: StoredColumns {
    let row: PostgresRandomAccessRow

    init(_ row: PostgresRow) { self.row = row.makeRandomAccess() }

    public func isNull(at position: Int) -> Bool { row[position].bytes == nil }
    /// PostgresNIO would read the bytes of any column as text; only a text column's are.
    public func text(at position: Int) -> String? {
        let cell = row[position]
        guard Self.textTypes.contains(cell.dataType) else { return nil }
        return try? cell.decode(String.self)
    }

    public func integer(at position: Int) -> Int64? {
        let cell = row[position]
        guard Self.integerTypes.contains(cell.dataType) else { return nil }
        return try? cell.decode(Int64.self)
    }

    private static let textTypes: Set<PostgresDataType> = [.text, .varchar, .bpchar, .name]
    private static let integerTypes: Set<PostgresDataType> = [.int2, .int4, .int8]

    public func columnName(at position: Int) -> String { row[position].columnName }

    public func shown(at position: Int) -> String {
        if isNull(at: position) { return "NULL" }
        if let text = text(at: position) { return "\"\(text)\"" }
        if let integer = integer(at: position) { return "\(integer)" }
        return "a value of type \(row[position].dataType)"
    }
}
