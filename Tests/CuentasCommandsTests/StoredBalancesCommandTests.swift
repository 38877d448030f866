@testable import CuentasStore
import Foundation
import GRDB
import Testing

/// The stored balances of the sample ledger, through the real commands: equal to a full replay after every command
/// that loads it, and the same when a ledger from before the balance tables is migrated.
@Suite struct StoredBalancesCommandTests {
    /// `cuentas` wrapped so that every command of the sample's load script is followed by `cuentas check`: its
    /// recordings, imports and approvals each leave the stored balances equal to a replay of the whole ledger.
    @Test func theSampleLedgersBalancesEqualAReplayAfterEveryCommand() throws {
        let cli = try CLI()
        let checks = cli.folder.appendingPathComponent("checks").path
        let loaded = try cli.shell(
            """
            mkdir -p '\(checks)' && cuentas init >/dev/null && n=0 && \
            cuentas() { command cuentas "$@" || return; n=$(( ${n:-0} + 1 )); command cuentas check --format json > '\(checks)'/$n.json; } && \
            export -f cuentas && export checks && bash SampleData/load.sh
            """)
        #expect(loaded.status == 0, "\(loaded.errors)")
        let files = try FileManager.default.contentsOfDirectory(atPath: checks)
        #expect(files.count >= 100, "one check after each command of the load script")
        var movementCounts: Set<Int> = []
        for file in files {
            let check = try CLI.json(String(contentsOfFile: checks + "/" + file, encoding: .utf8))
            #expect(check["balancesMatch"] as? Bool == true, "\(file): \(check["violations"] ?? "")")
            #expect(check["passed"] as? Bool == true, "\(file)")
            movementCounts.insert(check["movements"] as? Int ?? -1)
        }
        #expect(movementCounts.count > 30, "checks taken as the ledger grew")
    }

    /// A ledger written before migration v7 (the sample, with the balance tables and the migration's record taken out
    /// again) gets its balances from the migration's own SQL: the same rows the program wrote movement by movement, the
    /// same statements, the same hash chain head, and `check` finds them equal to the replay.
    @Test func aLedgerFromBeforeTheBalanceTablesMigratesToTheSameFigures() throws {
        let cli = try CLI()
        // A ledger from before v7 has no sendings in transit (v16): the sample without them, and v16 is run again after
        // v7 (it adds the fund's money in transit to the balance table v7 makes).
        let loaded = try cli.shell(
            "export CUENTAS_LEDGER_BEFORE_RECEIPTS=1; cuentas init >/dev/null && grep -v -E 'cuentas sending|oversight.sh' SampleData/load.sh | bash"
        )
        #expect(loaded.status == 0, "\(loaded.errors)")
        let tables = ["projectBalance", "projectPartyBalance", "budgetLineBalance", "clubFundBalance"]
        func rows(_ database: String) throws -> String {
            try tables.map { table in
                try sqlite(database, "SELECT * FROM \(table) ORDER BY 1, 2")
            }.joined(separator: "\n")
        }
        let written = try rows(cli.database)
        #expect(written.split(separator: "\n").count > 50)
        let statements = try cli.run(["statement", "all", "--as-of", "2026-11-23"])
        let head = try CLI.json(cli.run(["check", "--format", "json"]).output)["chainHead"] as? String
        let old = cli.folder.appendingPathComponent("v6.sqlite").path
        _ = try sqlite(cli.database, "VACUUM INTO '\(old)'")
        _ = try sqlite(
            old,
            tables.map { "DROP TABLE \($0);" }.joined()
                + "DELETE FROM grdb_migrations WHERE identifier IN ('v7-balances', 'v16-transfers-in-transit', 'v17-receipts');")
        #expect(try sqlite(old, "SELECT count(*) FROM sqlite_master WHERE name LIKE '%Balance'") == "0")

        try expectSameLedger(cli, old, statements: statements.output, head: head)
        #expect(try rows(old) == written)
    }

    /// The sample written into a file of the oldest schema (the v1 migrations only: no hash chain, no publications,
    /// no web tables, no balances) and opened by today's program: every later migration runs on it, and it gives the
    /// same hash chain head, the same statements and balances equal to the replay.
    @Test func aLedgerOfTheOldestSchemaMigratesToTheSameChainAndFigures() throws {
        let cli = try CLI()
        // A v1 ledger has no tables for renewals and amendments, nor sendings in transit: the sample without them.
        let loaded = try cli.shell(
            "export CUENTAS_LEDGER_BEFORE_RECEIPTS=1; cuentas init >/dev/null && grep -v -E 'club renew|project correct|project reprogram|government administration|cuentas sending|oversight.sh' SampleData/load.sh | bash"
        )
        #expect(loaded.status == 0, "\(loaded.errors)")
        let statements = try cli.run(["statement", "all", "--as-of", "2026-11-23"])
        let head = try CLI.json(cli.run(["check", "--format", "json"]).output)["chainHead"] as? String
        let old = cli.folder.appendingPathComponent("v1.sqlite").path
        let queue = try DatabaseQueue(path: old)
        try LedgerMigrations.migrator.migrate(queue, upTo: "v1-append-only")
        try queue.inDatabase { db in
            try db.execute(sql: "ATTACH DATABASE ? AS sample", arguments: [cli.database])
            try db.inTransaction {
                for table in LedgerMigrations.v1AppendOnlyTables {
                    let columns = try Row.fetchAll(db, sql: "PRAGMA main.table_info(\(table))").map { $0["name"] as String }
                    let list = columns.joined(separator: ", ")
                    try db.execute(sql: "INSERT INTO main.\(table) (\(list)) SELECT \(list) FROM sample.\(table)")
                }
                return .commit
            }
            try db.execute(sql: "DETACH DATABASE sample")
        }
        try queue.close()
        #expect(try sqlite(old, "SELECT count(*) FROM movement") == sqlite(cli.database, "SELECT count(*) FROM movement"))
        #expect(try sqlite(old, "SELECT count(*) FROM sqlite_master WHERE name IN ('publication', 'appUser', 'projectBalance')") == "0")

        try expectSameLedger(cli, old, statements: statements.output, head: head)
    }

    /// The migrated file passes check with its balances equal to the replay, and has the sample's chain head and
    /// statements.
    private func expectSameLedger(_ cli: CLI, _ migrated: String, statements: String, head: String?) throws {
        let check = try cli.run(["check", "--format", "json"], environment: ["CUENTAS_DB": migrated])
        #expect(check.status == 0, "\(check.output)")
        let json = try CLI.json(check.output)
        #expect(json["chainHead"] as? String == head)
        #expect(json["balancesMatch"] as? Bool == true)
        #expect(try cli.run(["statement", "all", "--as-of", "2026-11-23"], environment: ["CUENTAS_DB": migrated]).output == statements)
    }

    private func sqlite(_ database: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [database, sql]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
