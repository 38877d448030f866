import CuentasTables
import Foundation
import PostgresNIO

@testable import CuentasPostgres

/// The throwaway PostgreSQL server `make test` starts (Tests/postgres/cluster.sh) and names in
/// `CUENTAS_TEST_POSTGRES`. Each test gets a database of its own on it, so tests run side by side.
public enum TestPostgresServer {
    public static let address: PostgresAddress? = {
        guard let text = ProcessInfo.processInfo.environment["CUENTAS_TEST_POSTGRES"] else { return nil }
        guard case .success(let address) = PostgresAddress.parse(text) else { return nil }
        return address
    }()

    public static var isRunning: Bool { address != nil }

    /// A new, empty database on the test server, named `prefix` and a random part.
    public static func freshDatabase(prefix: String = "test") async throws -> PostgresAddress {
        guard let server = address else { throw NotRunning() }
        let name = prefix + "_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let admin = PostgresLedgerDatabase(server)
        try await admin.client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
        await admin.close()
        return server.database(name)
    }

    /// A new database with the ledger's schema, its evidence kept in `evidence`.
    public static func freshLedger(prefix: String = "test", evidence: URL) async throws -> PostgresLedgerDatabase {
        let database = try await PostgresLedgerDatabase.open(
            try await freshDatabase(prefix: prefix), maximumConnections: 12, evidence: EvidenceFolder(url: evidence))
        try await database.migrate()
        return database
    }

    struct NotRunning: Error, CustomStringConvertible {
        var description: String { "no PostgreSQL test server: set CUENTAS_TEST_POSTGRES (make test starts one)" }
    }
}
