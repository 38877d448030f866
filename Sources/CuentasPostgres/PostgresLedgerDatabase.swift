import CuentasTables
import Foundation
import Logging
import PostgresNIO

/// A PostgreSQL ledger database: postgres-nio's connection pool (`PostgresClient`, run as a task of its own for as
/// long as this lives), the schema's migrations, and transactions. Every query binds its values; only the schema's
/// own statements are sent as text.
public final class PostgresLedgerDatabase: Sendable {
    public let address: PostgresAddress
    /// Where the evidence's files are kept: PostgreSQL keeps their records (hash, size, type), the files stay in a
    /// folder every app server reads (`CUENTAS_EVIDENCE`; by default `DATABASE.evidence` in the current folder).
    public let evidenceFolder: EvidenceFolder
    let client: PostgresClient
    /// The catalogue, kept between reads while its version is unchanged (`KeptCatalogue`).
    public let keptCatalogue = KeptCatalogue()
    /// The tables found in the database, asked once each (`PostgresSession.hasTable`).
    let knownTables = KnownTables()
    private let running: Task<Void, Never>
    /// Errors only: the pool warns when a lease comes before `run()` has started, which happens by design here (the
    /// pool's task starts with the database; the first query waits for it) and is not worth a line on every command.
    static let logger: Logger = {
        var logger = Logger(label: "cuentas.postgres")
        logger.logLevel = .error
        return logger
    }()

    public init(_ address: PostgresAddress, maximumConnections: Int = 20, evidence: EvidenceFolder? = nil) {
        self.address = address
        evidenceFolder = evidence ?? EvidenceFolder(url: URL(fileURLWithPath: address.database + ".evidence", isDirectory: true))
        var configuration: PostgresClient.Configuration
        switch address.endpoint {
        case .tcp(let host, let port):
            configuration = .init(
                host: host, port: port, username: address.username, password: address.password, database: address.database,
                tls: PostgresTLS.forPool(address.security))
        case .socket(let path):
            configuration = .init(unixSocketPath: path, username: address.username, password: address.password, database: address.database)
        }
        configuration.options.maximumConnections = maximumConnections
        let client = PostgresClient(configuration: configuration, backgroundLogger: Self.logger)
        self.client = client
        running = Task { await client.run() }
    }

    deinit { running.cancel() }

    /// Opens the database after one direct connection has shown it is there: the pool retries a server it cannot
    /// reach for about a minute and then says only that it gave up, while one connection fails at once with the
    /// server's own reason (no such database, no such user, nothing listening there).
    public static func open(
        _ address: PostgresAddress, maximumConnections: Int = 20, evidence: EvidenceFolder? = nil
    ) async throws(PostgresStoreError) -> PostgresLedgerDatabase {
        let configuration: PostgresConnection.Configuration
        switch address.endpoint {
        case .tcp(let host, let port):
            let tls: PostgresConnection.Configuration.TLS
            do { tls = try PostgresTLS.forConnection(address.security) } catch { throw .unreachable(address.described, "TLS: \(error)") }
            configuration = .init(
                host: host, port: port, username: address.username, password: address.password, database: address.database,
                tls: tls)
        case .socket(let path):
            configuration = .init(unixSocketPath: path, username: address.username, password: address.password, database: address.database)
        }
        do {
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
            try await connection.close()
        } catch let error as PSQLError where error.code == .sslUnsupported {
            throw .unreachable(address.described, "the server does not offer TLS, which sslmode=\(address.security.rawValue) requires")
        } catch {
            throw .unreachable(address.described, explained(error).reason)
        }
        return PostgresLedgerDatabase(address, maximumConnections: maximumConnections, evidence: evidence)
    }

    /// Opens a database that holds a ledger, bringing its schema up to date (as a ledger file is when opened). A
    /// database `cuentas init` never prepared is refused, so a mistyped name does not become an empty ledger.
    public static func openLedger(
        _ address: PostgresAddress, maximumConnections: Int = 20, evidence: EvidenceFolder? = nil
    ) async throws(PostgresStoreError) -> PostgresLedgerDatabase {
        let database = try await open(address, maximumConnections: maximumConnections, evidence: evidence)
        do throws(PostgresStoreError) {
            guard !(try await database.appliedMigrations()).isEmpty else { throw .noLedger(address.database) }
            try await database.migrate()
            return database
        } catch {
            await database.close()
            throw error
        }
    }

    /// Stops the pool; waits until its connections are closed.
    public func close() async {
        running.cancel()
        await running.value
    }

    /// Applies the migrations this database has not had, in order, in one transaction under the writers' lock, and
    /// returns their names (none when it is up to date). Safe for two servers starting at once.
    @discardableResult
    public func migrate() async throws(PostgresStoreError) -> [String] {
        try await transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(PostgresMigrations.writerLock))", logger: Self.logger)
            try await connection.query(PostgresQuery(unsafeSQL: PostgresMigrations.bookkeeping), logger: Self.logger)
            let applied = Set(try await Self.appliedMigrations(connection))
            var now: [String] = []
            for migration in PostgresMigrations.all where !applied.contains(migration.name) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: Self.logger)
                }
                try await connection.query("INSERT INTO schemaMigration (name) VALUES (\(migration.name))", logger: Self.logger)
                now.append(migration.name)
            }
            return now
        }
    }

    /// The names of the migrations applied, in the order they were.
    public func appliedMigrations() async throws(PostgresStoreError) -> [String] {
        try await transaction { connection in try await Self.appliedMigrations(connection) }
    }

    private static func appliedMigrations(_ connection: PostgresConnection) async throws -> [String] {
        let exists = try await connection.query("SELECT to_regclass('schemamigration') IS NOT NULL", logger: logger)
        for try await found in exists.decode(Bool.self) where !found { return [] }
        let rows = try await connection.query("SELECT name FROM schemaMigration ORDER BY position", logger: logger)
        var names: [String] = []
        for try await name in rows.decode(String.self) { names.append(name) }
        return names
    }

    /// Runs `body` as the only writer: in one transaction holding the writers' advisory lock, so writers on any number
    /// of app servers take turns at the hash chain's head (and migrations wait for them).
    func write<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws(PostgresStoreError) -> Result {
        try await transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(PostgresMigrations.writerLock))", logger: Self.logger)
            return try await body(connection)
        }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws(PostgresStoreError) -> Result {
        do {
            return try await client.withTransaction(logger: Self.logger) { connection in try await body(connection) }
        } catch {
            throw Self.explained(error)
        }
    }

    /// The server's own message when there is one (postgres-nio hides it from `description`, to keep data out of
    /// logs; here it is what the person needs to read: which constraint, which rule).
    static func explained(_ error: any Error) -> PostgresStoreError {
        if let known = error as? PostgresStoreError { return known }
        if let psql = error as? PSQLError {
            if let message = psql.serverInfo?[.message] { return .server(message) }
            if let underlying = psql.underlying { return .server("\(underlying)") }
            return .server("\(psql.code)")
        }
        if let transaction = error as? PostgresTransactionError,
            let inner = transaction.closureError ?? transaction.beginError ?? transaction.commitError
        {
            return explained(inner)
        }
        return .server("\(error)")
    }
}
