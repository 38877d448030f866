import CuentasTables
import Logging
import PostgresNIO

/// One transaction on one connection of a PostgreSQL ledger, for the synchronous code both stores share
/// (`LedgerSession`): each statement waits for its answer (`BlockingCall`), so it must run on a thread of its own
/// (the command line's, or the web app's thread pool), never on an event loop. Statements come with `?` for each value;
/// they are numbered `$1`, `$2`, … here and every value is bound, never spliced into the text.
public final class PostgresSession: LedgerSession, Sendable {
    let connection: PostgresConnection

    init(_ connection: PostgresConnection) { self.connection = connection }

    public var dialect: SQLDialect { .postgres }

    /// Unlike the SQLite session, the rows are all received before the first is handed on (one wait per statement, not
    /// per row): a national ledger's balances or movements are held at once here.
    public func forEachRow(_ sql: String, _ arguments: [ColumnValue], _ body: (PostgresColumns) throws -> Void) throws {
        for row in try rows(sql, arguments) { try body(row) }
    }

    public func rows(_ sql: String, _ arguments: [ColumnValue]) throws -> [PostgresColumns] {
        let query = Self.query(sql, arguments)
        let connection = connection
        let rows = try BlockingCall.wait {
            var rows: [PostgresRow] = []
            for try await row in try await connection.query(query, logger: PostgresLedgerDatabase.logger) { rows.append(row) }
            return rows
        }
        return rows.map(PostgresColumns.init)
    }

    public func execute(_ sql: String, _ arguments: [ColumnValue]) throws {
        let query = Self.query(sql, arguments)
        let connection = connection
        try BlockingCall.wait { _ = try await connection.query(query, logger: PostgresLedgerDatabase.logger) }
    }

    public func hasTable(_ name: String) throws -> Bool {
        try exists("SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = lower(?)", [.text(name)])
    }

    static func query(_ sql: String, _ arguments: [ColumnValue]) -> PostgresQuery {
        var bindings = PostgresBindings(capacity: arguments.count)
        for value in arguments {
            switch value {
            case .null: bindings.appendNull()
            case .integer(let integer): bindings.append(integer)
            case .text(let text): bindings.append(text)
            }
        }
        return PostgresQuery(unsafeSQL: numbered(sql), binds: bindings)
    }

    /// The statement with each `?` outside quotes numbered as PostgreSQL's parameters (`$1`, `$2`, …).
    static func numbered(_ sql: String) -> String {
        var result = ""
        result.reserveCapacity(sql.utf8.count + 16)
        var number = 0
        var quote: Character?
        for character in sql {
            if let open = quote {
                if character == open { quote = nil }
                result.append(character)
            } else if character == "'" || character == "\"" {
                quote = character
                result.append(character)
            } else if character == "?" {
                number += 1
                result += "$\(number)"
            } else {
                result.append(character)
            }
        }
        return result
    }
}
