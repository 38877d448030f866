import CuentasTestSupport
import CuentasIntegrity
import PostgresNIO
import Testing

@testable import CuentasPostgres

/// Several app servers write to one database: the database itself refuses a movement that would repeat or skip a
/// number or fork the hash chain, and writers that take turns (`PostgresLedgerDatabase.write`) build one chain.
@Suite(.enabled(if: TestPostgresServer.isRunning, "make test starts a PostgreSQL server and names it in CUENTAS_TEST_POSTGRES"))
struct PostgresChainTests {
    /// A municipality and one project, enough for progress movements.
    static let catalogue = [
        "INSERT INTO party (id, kind, name) VALUES ('MX', 'government', 'México'), ('ZAC', 'government', 'Zacatecas'), ('MUN', 'government', 'Municipio')",
        "INSERT INTO government (partyId, level, parentId, countryCode) VALUES ('MX', 'federal', NULL, 'MX'), ('ZAC', 'state', 'MX', 'MX'), ('MUN', 'municipal', 'ZAC', 'MX')",
        """
        INSERT INTO project (folio, titleSpanish, titleEnglish, descriptionSpanish, descriptionEnglish, kind, municipalityId, locality,
            executingAgencyId, approvedCostMinorUnits, currency, proposedOn)
        VALUES ('P-1', 'Obra', 'Work', '', '', 'infrastructure', 'MUN', 'Centro', 'MUN', 100000, 'MXN', '2024-01-01')
        """,
    ]

    /// A stand-in for movement `id`'s hash: the database checks links, not how a hash was computed.
    static func hash(_ id: Int64) -> String {
        let hex = String(id, radix: 16)
        return String(repeating: "a", count: 64 - hex.count) + hex
    }

    static func progress(_ id: Int64, previous: String) -> PostgresQuery {
        """
        INSERT INTO movement (id, kind, occurredOn, recordedAt, recordedBy, note, folio, physicalPercent, previousHash, hash)
        VALUES (\(id), 'progress', '2024-06-01', '2024-06-01T12:00:00Z', 'test', '', 'P-1', 10, \(previous), \(hash(id)))
        """
    }

    static func ledger() async throws -> PostgresLedgerDatabase {
        try await ledger(try await TestPostgresServer.freshDatabase())
    }

    @Test func theGenesisIsTheHashChains() {
        #expect(PostgresMigrations.genesis == HashChain.genesis)
    }

    @Test func aMovementMustBeTheNextAndCarryTheHashBeforeIt() async throws {
        let database = try await Self.ledger()
        func insert(_ query: PostgresQuery) async -> String? { await PostgresTestServer.refusal(query, on: database) }
        #expect(
            await insert(Self.progress(2, previous: HashChain.genesis))?.contains(
                "movement #2 would not be the next: the ledger ends at #0") == true)
        #expect(
            await insert(Self.progress(1, previous: Self.hash(9)))?.contains(
                "movement #1 does not carry the hash of #0: the chain would fork") == true)
        #expect(await insert(Self.progress(1, previous: HashChain.genesis)) == nil)
        #expect(await insert(Self.progress(1, previous: Self.hash(1)))?.contains("would not be the next: the ledger ends at #1") == true)
        #expect(await insert(Self.progress(3, previous: Self.hash(1)))?.contains("would not be the next") == true)
        #expect(await insert(Self.progress(2, previous: Self.hash(1))) == nil)
        await database.close()
    }

    @Test func twoServersWritingAtOnceBuildOneChain() async throws {
        let address = try await TestPostgresServer.freshDatabase()
        let setup = try await Self.ledger(address)
        let servers = [PostgresLedgerDatabase(address), PostgresLedgerDatabase(address)]
        // Each server appends 25 movements, one transaction each, reading the head under the writers' lock.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for server in servers {
                group.addTask {
                    for _ in 0..<25 {
                        try await server.write { connection in
                            let head = try await connection.query(
                                "SELECT id, hash FROM movement ORDER BY id DESC LIMIT 1", logger: PostgresLedgerDatabase.logger)
                            var last: (Int64, String) = (0, HashChain.genesis)
                            for try await row in head.decode((Int64, String).self) { last = row }
                            try await connection.query(Self.progress(last.0 + 1, previous: last.1), logger: PostgresLedgerDatabase.logger)
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        let links = try await setup.transaction { connection in
            var links: [(Int64, String, String)] = []
            let rows = try await connection.query(
                "SELECT id, previousHash, hash FROM movement ORDER BY id", logger: PostgresLedgerDatabase.logger)
            for try await row in rows.decode((Int64, String, String).self) { links.append(row) }
            return links.map { "\($0.0) \($0.1) \($0.2)" }
        }
        #expect(links.count == 50)
        var previous = HashChain.genesis
        for (index, link) in links.enumerated() {
            #expect(link == "\(index + 1) \(previous) \(Self.hash(Int64(index + 1)))")
            previous = Self.hash(Int64(index + 1))
        }
        for server in servers { await server.close() }
        await setup.close()
    }

    static func ledger(_ address: PostgresAddress) async throws -> PostgresLedgerDatabase {
        let database = PostgresLedgerDatabase(address)
        try await database.migrate()
        for statement in catalogue { #expect(await PostgresTestServer.refusal(statement, on: database) == nil) }
        return database
    }
}
