import CuentasCore
import Foundation

/// The small reads every write of the catalogue makes, said once for both stores.
extension LedgerSession {
    /// The first column of the first row, or nil when there is no row or it holds NULL.
    public func value<Value: StoredValue>(_ sql: String, _ arguments: [ColumnValue] = []) throws -> Value? {
        guard let row = try rows(sql, arguments).first, !row.isNull(at: 0) else { return nil }
        return Value.read(row, at: 0)
    }

    /// Refuses a write that names a row the ledger does not have.
    public func requireRow(table: String, key: String, id: String, what: String) throws {
        guard try exists("SELECT 1 FROM \(table) WHERE \(key) = ?", [.text(id)]) else { throw StoreError.unknown(what: what, id: id) }
    }

    /// The number the next row of a table numbered by `id` gets. Writers take turns (`SessionStore.writing`), so no
    /// other write can take it in between; neither store's tables are numbered by the database (PostgreSQL's have no
    /// sequence: a copy keeps the file's numbers).
    public func nextID(_ table: String, column: String = "id") throws -> Int64 {
        try value("SELECT coalesce(max(\(column)), 0) + 1 FROM \(table)") ?? 1
    }

    /// A row whose key equals `id` whatever its letters' case: identifiers are one thing whatever their case.
    public func sameKey(table: String, key: String, as id: String) throws -> String? {
        let condition =
            switch dialect {
            case .sqlite: "\(key) = ? COLLATE NOCASE"
            case .postgres: "lower(\(key)) = lower(?)"
            }
        return try value("SELECT \(key) FROM \(table) WHERE \(condition) LIMIT 1", [.text(id)])
    }
}

/// When a write was recorded, as every table keeps it.
public enum RecordingTime {
    public static func now() -> String { ISO8601DateFormatter().string(from: Date()) }
}
