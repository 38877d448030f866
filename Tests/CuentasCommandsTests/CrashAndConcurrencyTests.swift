import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Power cuts, two people at once, and backups while someone records.
@Suite struct CrashAndConcurrencyTests {
    /// The number of movements and whether check passed.
    func ledgerCount(_ cli: CLI, database: String? = nil) throws -> (movements: Int, passed: Bool) {
        var arguments = ["check", "--format", "json"]
        if let database { arguments += ["--db", database] }
        let json = try CLI.json(try cli.run(arguments).output)
        return (json["movements"] as! Int, json["passed"] as! Bool)
    }

    @Test func anImportKilledAtAnyMomentIsWhollyPresentOrWhollyAbsent() throws {
        let cli = try CLI.smallLedger()
        let rows = 20_000
        var text = "date,club,amount,currency,event\n"
        for row in 0..<rows { text += "2024-05-\(10 + row % 18),CLUB,\(1 + row % 90).25,USD,Rifa\n" }
        let file = try cli.write("large.csv", text)
        let base = try ledgerCount(cli).movements
        var outcomes: [Int] = []
        // Kill points spread over the import: reading, checking, inserting, committing.
        for delay in [0.05, 0.4, 1.0, 2.0, 3.5, 5.0] {
            let process = Process()
            process.executableURL = CLI.executable
            process.arguments = ["import", file]
            var environment = ProcessInfo.processInfo.environment
            environment["CUENTAS_DB"] = cli.database
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let after = try ledgerCount(cli)
            #expect(after.passed, "check failed after a kill at \(delay) s")
            #expect(
                after.movements == base || after.movements == base + rows, "a partial import after a kill at \(delay) s: \(after.movements)"
            )
            outcomes.append(after.movements)
            if after.movements == base + rows { break }
        }
        // Whatever the kills did, finishing the import gives the whole file exactly once.
        if outcomes.last != base + rows { #expect(try cli.run(["import", file]).status == 0) }
        #expect(try ledgerCount(cli).movements == base + rows)
        print("kill outcomes (movements after each kill): \(outcomes), base \(base), whole \(base + rows)")
    }

    @Test func twoPeopleRecordingAtOnceLoseNothing() throws {
        let cli = try CLI.smallLedger()
        let base = try ledgerCount(cli).movements
        let script = """
            record() { for i in $(seq 1 30); do cuentas donation --club CLUB --amount 1.50 --event "$1 $i" >/dev/null || exit 1; done; }
            record tesorera & first=$!
            record secretario & second=$!
            wait $first; a=$?; wait $second; b=$?
            echo "$a $b"
            """
        let result = try cli.shell(script)
        #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == "0 0", "\(result.errors)")
        let after = try ledgerCount(cli)
        #expect(after.passed)
        #expect(after.movements == base + 60)
        let club = try CLI.json(try cli.run(["show", "CLUB", "--format", "json"]).output)
        #expect((club["eventIncome"] as? [String: String])?["amount"] == "90.00")
    }

    @Test func aBackupTakenWhileSomeoneRecordsOpensAndPassesCheck() throws {
        let cli = try CLI.smallLedger()
        let copy = cli.folder.appendingPathComponent("backup.sqlite").path
        let script = """
            (for i in $(seq 1 40); do cuentas donation --club CLUB --amount 2 --event "evento $i" >/dev/null; done) & writer=$!
            sleep 0.5
            cuentas backup '\(copy)'; status=$?
            wait $writer
            exit $status
            """
        let result = try cli.shell(script)
        #expect(result.status == 0, "\(result.errors)")
        let backedUp = try ledgerCount(cli, database: copy)
        #expect(backedUp.passed)
        #expect(backedUp.movements >= 6 && backedUp.movements <= 46)
        #expect(try ledgerCount(cli).movements == 46)
        // A second backup to the same file is refused; restore needs --force to replace a ledger.
        #expect(try cli.run(["backup", copy]).status != 0)
        let refused = try cli.run(["restore", copy])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("add --force to replace it"))
        #expect(try ledgerCount(cli).movements == 46)
        let restored = try cli.run(["restore", copy, "--force"])
        #expect(restored.status == 0, "\(restored.errors)")
        #expect(try ledgerCount(cli).movements == backedUp.movements)
        #expect(try ledgerCount(cli).passed)
    }
}
