import Foundation
import PostgresNIO
import Testing

@testable import CuentasPostgres

/// The throwaway PostgreSQL server `make test` starts (Tests/postgres/cluster.sh) and names in
/// `CUENTAS_TEST_POSTGRES`. Each test gets a database of its own on it, so tests run side by side.
enum PostgresTestServer {
    static let address: PostgresAddress? = {
        guard let text = ProcessInfo.processInfo.environment["CUENTAS_TEST_POSTGRES"] else { return nil }
        guard case .success(let address) = PostgresAddress.parse(text) else { return nil }
        return address
    }()

    static var isRunning: Bool { address != nil }

    /// A new, empty database on the test server.
    static func freshDatabase() async throws -> PostgresAddress {
        let server = try #require(address)
        let name = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let admin = PostgresLedgerDatabase(server)
        defer { Task { await admin.close() } }
        try await admin.client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
        return server.database(name)
    }

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
