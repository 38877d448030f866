import CuentasTables
import CuentasTestSupport
import Foundation
import Testing

@testable import CuentasPostgres

/// The synchronous session the code both stores share runs on PostgreSQL (`PostgresSession`).
@Suite struct PostgresSessionTests {
    @Test func eachQuestionMarkOutsideQuotesBecomesANumberedParameter() {
        #expect(
            PostgresSession.numbered("SELECT ?, '?', \"a?\", ? FROM t WHERE x = 'it''s?' AND y = ?")
                == "SELECT $1, '?', \"a?\", $2 FROM t WHERE x = 'it''s?' AND y = $3")
        #expect(PostgresSession.numbered("SELECT 1") == "SELECT 1")
    }

    @Test(.enabled(if: TestPostgresServer.isRunning, "make test starts a PostgreSQL server"))
    func aSessionThatThrowsLeavesNothingAndOneThatReturnsKeepsItsRows() async throws {
        let address = try await TestPostgresServer.freshDatabase()
        let database = try await PostgresLedgerDatabase.open(address)
        try await database.migrate()
        struct Refused: Error {}
        try await OwnThread.run {
            let insert = "INSERT INTO party (id, kind, name) VALUES (?, 'government', ?)"
            #expect(throws: Refused.self) {
                try database.session(writing: true) { session in
                    try session.execute(insert, [.text("MX"), .text("Federal")])
                    throw Refused()
                }
            }
            let none = try database.session(writing: false) { session in try session.rows("SELECT count(*) FROM party") }
            #expect(none.first?.integer(at: 0) == 0)
            try database.session(writing: true) { session in try session.execute(insert, [.text("MX"), .text("Federal")]) }
            let names = try database.session(writing: false) { session in try session.rows("SELECT id, name FROM party", []) }
            #expect(names.map { [$0.text(at: 0), $0.text(at: 1)] } == [["MX", "Federal"]])
            // A reader may not write: its snapshot is read only.
            #expect(throws: PostgresStoreError.self) {
                try database.session(writing: false) { session in try session.execute(insert, [.text("ZAC"), .text("Zacatecas")]) }
            }
        }
        await database.close()
    }

    @Test(.enabled(if: TestPostgresServer.isRunning, "make test starts a PostgreSQL server"))
    func valuesComeBackAsTheyWereBoundAndDamagedOnesAreNamed() async throws {
        let address = try await TestPostgresServer.freshDatabase()
        let database = try await PostgresLedgerDatabase.open(address)
        try await OwnThread.run {
            let row = try #require(
                try database.session(writing: false) { session in
                    try session.rows(
                        "SELECT CAST(? AS BIGINT) AS amount, CAST(? AS TEXT) AS name, CAST(? AS TEXT) AS nothing",
                        [
                            .integer(-9_007_199_254_740_993), .text("Año ñ 🌵"), .null,
                        ])
                }.first)
            #expect(row.integer(at: 0) == -9_007_199_254_740_993)
            #expect(row.text(at: 1) == "Año ñ 🌵")
            #expect(row.isNull(at: 2) && row.text(at: 2) == nil)
            // A number where text is expected is not read as text: the shared readers name the column.
            #expect(row.text(at: 0) == nil)
            #expect(throws: DamagedRow(table: "t", id: "1", detail: "amount -9007199254740993")) {
                let _: String = try row.stored(0, "t", "1")
            }
        }
        await database.close()
    }
}
