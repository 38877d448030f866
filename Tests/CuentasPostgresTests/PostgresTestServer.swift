import Foundation
import PostgresNIO
import Testing
import CuentasTestSupport

@testable import CuentasPostgres

/// Statements run on a test's database as someone with `psql` would (the database itself comes from
/// `TestPostgresServer`).
enum PostgresTestServer {
    /// Runs one statement, returning the server's message if it refused it (nil when it ran).
    static func refusal(_ sql: String, on database: PostgresLedgerDatabase) async -> String? {
        await refusal(PostgresQuery(unsafeSQL: sql), on: database)
    }

    /// The same for a query with bound values, run as a writer (`PostgresLedgerDatabase.write`).
    static func refusal(_ query: PostgresQuery, on database: PostgresLedgerDatabase) async -> String? {
        do {
            try await database.write { connection in _ = try await connection.query(query, logger: PostgresLedgerDatabase.logger) }
            return nil
        } catch {
            return error.description
        }
    }
}
