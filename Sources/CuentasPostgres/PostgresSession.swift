import CuentasTables
import Logging
import PostgresNIO

/// One transaction on one connection of a PostgreSQL ledger, for the synchronous code both stores share
/// (`LedgerSession`): each statement waits for its answer (`BlockingCall`), so it must run on a thread of its own
/// (the command line's, or the web app's thread pool), never on an event loop. Statements come with `?` for each value;
/// they are numbered `$1`, `$2`, … here and every value is bound, never spliced into the text.
public final class PostgresSession: LedgerSession, Sendable {
    let connection: PostgresConnection
    private let knownTables: KnownTables

    init(_ connection: PostgresConnection, knownTables: KnownTables) {
        self.connection = connection
        self.knownTables = knownTables
    }

    public var dialect: SQLDialect { .postgres }

    /// Unlike the SQLite session, the rows are all received before the first is handed on (one wait per statement, not
    /// per row): a national ledger's balances or movements are held at once here.
    public func forEachRow(_ sql: String, _ arguments: [ColumnValue], _ body: (PostgresColumns) throws -> Void) throws {
        for row in try rows(sql, arguments) { try body(row) }
    }

    public func rows(_ sql: String, _ arguments: [ColumnValue]) throws -> [PostgresColumns] {
        try answer(to: Self.query(sql, arguments)).rows.map(PostgresColumns.init)
    }

    public func execute(_ sql: String, _ arguments: [ColumnValue]) throws {
        _ = try answer(to: Self.query(sql, arguments))
    }

    /// The server's whole answer, waited for on this thread: the query goes out on the connection's event loop and the
    /// answer wakes this thread directly, without a task in between (which took two more thread switches a statement;
    /// a project page makes some 25).
    private func answer(to query: PostgresQuery) throws(PostgresStoreError) -> PostgresQueryResult {
        do {
            return try connection.query(query, logger: PostgresLedgerDatabase.logger).wait()
        } catch {
            throw PostgresLedgerDatabase.explained(error)
        }
    }

    /// Asked on every read of the catalogue and of users; a table found once is remembered (no migration drops one), so
    /// a page does not pay a round trip to the server for it.
    public func hasTable(_ name: String) throws -> Bool {
        if knownTables.contains(name) { return true }
        let found = try exists("SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = lower(?)", [.text(name)])
        if found { knownTables.insert(name) }
        return found
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
