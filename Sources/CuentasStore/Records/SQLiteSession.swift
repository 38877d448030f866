import CuentasTables
import GRDB

/// A GRDB transaction as the code both stores share uses it (`LedgerSession`). Statements are prepared once per
/// connection and kept (GRDB's `cachedStatement`): the balance writes run the same few for every import.
public struct SQLiteSession: LedgerSession {
    let db: Database

    init(_ db: Database) { self.db = db }

    public var dialect: SQLDialect { .sqlite }

    public func forEachRow(_ sql: String, _ arguments: [ColumnValue], _ body: (SQLiteColumns) throws -> Void) throws {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: Self.arguments(arguments))
        while let row = try rows.next() { try body(SQLiteColumns(row)) }
    }

    public func rows(_ sql: String, _ arguments: [ColumnValue]) throws -> [SQLiteColumns] {
        try Row.fetchAll(db.cachedStatement(sql: sql), arguments: Self.arguments(arguments)).map(SQLiteColumns.init)
    }

    public func execute(_ sql: String, _ arguments: [ColumnValue]) throws {
        try db.cachedStatement(sql: sql).execute(arguments: Self.arguments(arguments))
    }

    public func hasTable(_ name: String) throws -> Bool { try db.tableExists(name) }

    static func arguments(_ values: [ColumnValue]) -> StatementArguments {
        StatementArguments(
            values.map { value -> (any DatabaseValueConvertible)? in
                switch value {
                case .null: nil
                case .integer(let integer): integer
                case .text(let text): text
                }
            })
    }
}
