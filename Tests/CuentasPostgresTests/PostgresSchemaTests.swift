import CuentasStore
import CuentasTestSupport
import Foundation
import GRDB
import PostgresNIO
import Testing

@testable import CuentasPostgres

/// The PostgreSQL schema keeps the SQLite store's guarantees: the same tables and columns, the same rows refused, the
/// append-only rule on every recorded table, and migrations applied once even by two servers starting together.
@Suite(.enabled(if: TestPostgresServer.isRunning, "make test starts a PostgreSQL server and names it in CUENTAS_TEST_POSTGRES"))
struct PostgresSchemaTests {
    @Test func migratingTwiceAppliesTheSchemaOnce() async throws {
        let database = PostgresLedgerDatabase(try await TestPostgresServer.freshDatabase())
        #expect(try await database.appliedMigrations() == [])
        #expect(try await database.migrate() == ["v1-ledger", "v2-chain-links", "v3-deferrable-references"])
        #expect(try await database.migrate() == [])
        #expect(try await database.appliedMigrations() == ["v1-ledger", "v2-chain-links", "v3-deferrable-references"])
        await database.close()
    }

    @Test func twoServersStartingTogetherApplyTheSchemaOnce() async throws {
        let address = try await TestPostgresServer.freshDatabase()
        let first = PostgresLedgerDatabase(address)
        let second = PostgresLedgerDatabase(address)
        async let one = first.migrate()
        async let other = second.migrate()
        let applied = try await [one, other]
        #expect(applied.sorted { $0.count < $1.count } == [[], ["v1-ledger", "v2-chain-links", "v3-deferrable-references"]])
        #expect(try await first.appliedMigrations() == ["v1-ledger", "v2-chain-links", "v3-deferrable-references"])
        await first.close()
        await second.close()
    }

    @Test func everyRecordedTableRefusesUpdateDeleteAndTruncate() async throws {
        let database = PostgresLedgerDatabase(try await TestPostgresServer.freshDatabase())
        try await database.migrate()
        let columns = try await Self.columns(database)
        for table in PostgresMigrations.appendOnlyTables {
            let column = try #require(columns[table.lowercased()]?.first?.split(separator: " ").first)
            for statement in ["UPDATE \(table) SET \(column) = \(column)", "DELETE FROM \(table)", "TRUNCATE \(table) CASCADE"] {
                let refusal = await PostgresTestServer.refusal(statement, on: database)
                #expect(
                    refusal?.contains("\(table.lowercased()) is append-only: recorded data is never") == true,
                    "\(statement): \(refusal ?? "accepted")")
            }
        }
        // The stored balances are the only tables a write changes in place.
        for table in PostgresMigrations.balanceTables {
            let column = try #require(columns[table.lowercased()]?.first?.split(separator: " ").first)
            #expect(await PostgresTestServer.refusal("UPDATE \(table) SET \(column) = \(column)", on: database) == nil, "\(table)")
        }
        await database.close()
    }

    @Test func theTablesAndColumnsAreTheSQLiteStores() async throws {
        let database = PostgresLedgerDatabase(try await TestPostgresServer.freshDatabase())
        try await database.migrate()
        var postgres = try await Self.columns(database)
        postgres["schemamigration"] = nil
        let sqlite = try Self.sqliteColumns()
        #expect(postgres.keys.sorted() == sqlite.keys.sorted())
        for (table, columns) in sqlite { #expect(postgres[table] == columns, "\(table)") }
        #expect(postgres.count == PostgresMigrations.appendOnlyTables.count + PostgresMigrations.balanceTables.count)
        // The append-only tables are those the SQLite store's triggers keep append-only (some of its migrations add a
        // table's trigger themselves, so its `appendOnlyTables` list is not the whole of it).
        let sqliteAppendOnly = try await Self.sqliteLedger().read { db in
            try String.fetchAll(db, sql: "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name = tbl_name || 'NoUpdate'")
        }
        #expect(Set(PostgresMigrations.appendOnlyTables) == Set(sqliteAppendOnly))
        await database.close()
    }

    /// Each row below breaks one constraint both stores have: both refuse it. The last is a good row both accept, so
    /// the refusals are the constraints', not the statements' spelling.
    static let badRows = [
        "INSERT INTO party (id, kind, name) VALUES ('P-1', 'club', '')",
        "INSERT INTO party (id, kind, name) VALUES ('P-1', 'bank', 'Banco')",
        "INSERT INTO scheme (id, definitionJSON) VALUES ('S-1', '{\"shares\": ')",
        "INSERT INTO publication (number, publishedOn, asOf, signerName, publicKey, ledgerMovements, ledgerHeadHash, manifestSHA256, signature) VALUES (1, '2025-02-30', '2025-02-01', 'Tesorería', '\(String(repeating: "k", count: 44))', 0, '\(String(repeating: "a", count: 64))', '\(String(repeating: "b", count: 64))', 's')",
        "INSERT INTO recording (firstMovement, lastMovement, recordedAt, previousHash, hash) VALUES (2, 1, '2026-01-01T00:00:00Z', '\(String(repeating: "a", count: 64))', '\(String(repeating: "b", count: 64))')",
        "INSERT INTO appUser (name, role, passwordHash, createdAt, createdBy) VALUES ('Ana Pérez', 'admin', '$2b$12$\(String(repeating: "x", count: 53))', '2026-01-01', 'setup')",
        "INSERT INTO appUser (name, role, passwordHash, createdAt, createdBy) VALUES ('ana', 'admin', 'plain-text-password', '2026-01-01', 'setup')",
        "INSERT INTO appUser (name, role, passwordHash, createdAt, createdBy) VALUES ('ana', 'treasurer', '$2b$12$\(String(repeating: "x", count: 53))', '2026-01-01', 'setup')",
    ]
    static let goodRow =
        "INSERT INTO appUser (name, role, passwordHash, createdAt, createdBy) VALUES ('ana', 'admin', '$2b$12$\(String(repeating: "x", count: 53))', '2026-01-01', 'setup')"

    @Test func bothStoresRefuseTheSameRows() async throws {
        let database = PostgresLedgerDatabase(try await TestPostgresServer.freshDatabase())
        try await database.migrate()
        let sqlite = try Self.sqliteLedger()
        for row in Self.badRows {
            #expect(await PostgresTestServer.refusal(row, on: database) != nil, "PostgreSQL accepted \(row)")
            #expect(throws: (any Error).self, "SQLite accepted \(row)") { try sqlite.write { try $0.execute(sql: row) } }
        }
        #expect(await PostgresTestServer.refusal(Self.goodRow, on: database) == nil)
        try await sqlite.write { try $0.execute(sql: Self.goodRow) }
        let missingHash =
            "INSERT INTO movement (id, kind, occurredOn, recordedAt, recordedBy, note, status, folio) VALUES (1, 'status', '2026-01-01', 'now', 'x', '', 'approved', NULL)"
        #expect(await PostgresTestServer.refusal(missingHash, on: database)?.contains("every movement carries its hash") == true)
        await database.close()
    }

    // MARK: Reading both schemas

    static func columns(_ database: PostgresLedgerDatabase) async throws -> [String: [String]] {
        try await database.transaction { connection in
            let rows = try await connection.query(
                """
                SELECT table_name, column_name, is_nullable FROM information_schema.columns
                WHERE table_schema = 'public' ORDER BY table_name, ordinal_position
                """, logger: PostgresLedgerDatabase.logger)
            var columns: [String: [String]] = [:]
            for try await (table, column, nullable) in rows.decode((String, String, String).self) {
                columns[table, default: []].append(column + (nullable == "NO" ? " NOT NULL" : ""))
            }
            return columns
        }
    }

    /// A new SQLite ledger, made by the SQLite store's own migrations.
    static func sqliteLedger() throws -> DatabaseQueue {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString).sqlite").path
        _ = try LedgerStore.create(path: path)
        return try DatabaseQueue(path: path)
    }

    /// Its tables and columns as PostgreSQL names them (lower case), NOT NULL as PostgreSQL would say it: a primary
    /// key's columns are never null there, whatever SQLite's table_info says of them.
    static func sqliteColumns() throws -> [String: [String]] {
        try sqliteLedger().read { db in
            var columns: [String: [String]] = [:]
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('grdb_migrations', 'sqlite_sequence')")
            for table in tables {
                for row in try Row.fetchAll(
                    db, sql: "SELECT name, \"notnull\", pk FROM pragma_table_info(?) ORDER BY cid", arguments: [table])
                {
                    let name: String = row["name"]
                    let declaredNotNull: Int = row["notnull"]
                    let keyPosition: Int = row["pk"]
                    let notNull = declaredNotNull == 1 || keyPosition > 0
                    columns[table.lowercased(), default: []].append(name.lowercased() + (notNull ? " NOT NULL" : ""))
                }
            }
            return columns
        }
    }
}
