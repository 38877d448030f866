import CuentasCore
import CuentasPostgres
import CuentasStore
import CuentasTables
import CuentasTestSupport
import Foundation
import Testing

/// `cuentas copy` between a file and PostgreSQL, both ways: the catalogue row for row, the movements through the
/// rules, the balances from the replay; then the copy is read back and proved. All or nothing.
@Suite struct PostgresCopyCommandTests {
    /// The test server `make test` starts (Tests/postgres/with-server.sh).
    static let server = ProcessInfo.processInfo.environment["CUENTAS_TEST_POSTGRES"]

    /// A new, empty database on the test server: its name, its address, and a psql call on it.
    struct Database {
        let name: String
        let address: String
        let socketFolder: String

        init(_ cli: CLI) throws {
            let server = try #require(PostgresCopyCommandTests.server)
            socketFolder = try #require(URLComponents(string: server)?.queryItems?.first { $0.name == "host" }?.value)
            name = "copy_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            let created = try cli.shell("createdb --host '\(socketFolder)' --username cuentas \(name)")
            #expect(created.status == 0, "\(created.errors)")
            address = "postgres://cuentas@/\(name)?host=\(socketFolder)"
        }

        /// The rows of a query, one line each, values separated by |, sorted.
        func query(_ cli: CLI, _ sql: String) throws -> String {
            let result = try cli.shell(
                "psql --host '\(socketFolder)' --username cuentas --dbname \(name) -AtX -v ON_ERROR_STOP=1 -c \"\(sql)\" | sort")
            #expect(result.status == 0, "\(result.errors)")
            return result.output
        }
    }

    /// The same rows from the ledger file.
    static func fileRows(_ cli: CLI, _ sql: String) throws -> String {
        let result = try cli.shell("sqlite3 -cmd '.timeout 10000' -bail '\(cli.database)' \"\(sql)\" | sort")
        #expect(result.status == 0, "\(result.errors)")
        return result.output
    }

    /// What the balance tables hold, every column, for comparing the two ledgers.
    static let balanceQueries = [
        "SELECT folio, status, onHandMinorUnits, schemePledgedMinorUnits, progressMovementId, progressOn, physicalPercent FROM projectBalance",
        "SELECT folio, partyId, committedMinorUnits, receivedMinorUnits, refundedMinorUnits FROM projectPartyBalance",
        "SELECT folio, number, paidMinorUnits FROM budgetLineBalance",
        "SELECT clubId, memberDonationsMinorUnits, eventIncomeMinorUnits, sentMinorUnits, feesMinorUnits, inTransitMinorUnits FROM clubFundBalance",
        "SELECT id, kind, hash FROM movement",
    ]

    @Test(.enabled(if: server != nil, "make test starts a PostgreSQL server"))
    func theSampleLedgerIsCopiedThroughTheRulesAndProved() throws {
        let cli = try CLI()
        #expect(try cli.shell("cuentas init >/dev/null && bash SampleData/load.sh >/dev/null").status == 0)
        let database = try Database(cli)
        let movements = try Self.fileRows(cli, "SELECT count(*) FROM movement").trimmingCharacters(in: .whitespacesAndNewlines)
        let head = try Self.fileRows(cli, "SELECT hash FROM movement ORDER BY id DESC LIMIT 1").prefix(16)
        let copied = try cli.run(["copy", "--from", cli.database, "--to", database.address])
        #expect(copied.status == 0, "\(copied.errors)")
        #expect(copied.output.contains("movements recorded again through the rules"))
        #expect(copied.output.contains(", \(movements) movements recorded again"))
        #expect(copied.output.contains("the same chain (head \(head))"))
        // The balances the replay wrote on PostgreSQL are the ones the file's recordings kept, row for row.
        for query in Self.balanceQueries {
            let copy = try database.query(cli, query)
            #expect(!copy.isEmpty)
            #expect(copy == (try Self.fileRows(cli, query)), "\(query)")
        }
        // The copy checked on its own: its catalogue and movements read back from PostgreSQL.
        let checked = try cli.run(["check", "--db", database.address])
        #expect(checked.status == 0, "\(checked.errors)")
        #expect(checked.output.hasPrefix("Ledger sound (PostgreSQL \(database.name)): \(movements) movements, "))
        #expect(checked.output.contains("hash chain intact up to \(head)"))
        let json = try CLI.json(try cli.run(["check", "--db", database.address, "--format", "json"]).output)
        #expect(json["passed"] as? Bool == true && json["chainIntact"] as? Bool == true && json["balancesMatch"] as? Bool == true)
        #expect(json["movements"] as? Int == Int(movements))
        // PostgreSQL keeps the evidence's records; the files were copied to the folder the copy reads them from (by default
        // DATABASE.evidence in the current folder), where `check` found every one.
        let files = try Self.fileRows(cli, "SELECT count(DISTINCT sha256) FROM evidence").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(Int(files)! > 0)
        #expect(
            copied.output.contains("Evidence: \(files) files copied to \(cli.folder.path)/\(database.name).evidence"), "\(copied.output)")
        // And back into a new file: the same ledger, every row of every table (sorted dumps equal), its evidence files
        // beside it, and check passing.
        let back = cli.folder.appendingPathComponent("back.sqlite").path
        let returned = try cli.run(["copy", "--from", database.address, "--to", back])
        #expect(returned.status == 0, "\(returned.errors)")
        #expect(returned.output.hasPrefix("Copied \(database.name) (PostgreSQL) into \(back): "))
        #expect(!returned.output.contains("evidence files are not in"))
        let dumps = try cli.shell("diff <(sqlite3 '\(cli.database)' .dump | sort) <(sqlite3 '\(back)' .dump | sort)")
        #expect(dumps.status == 0 && dumps.output.isEmpty, "\(dumps.output.prefix(2000))")
        let backChecked = try cli.run(["check", "--db", back])
        #expect(backChecked.status == 0, "\(backChecked.output)")
        #expect(backChecked.output.contains("hash chain intact up to \(head)"))
        let overwrite = try cli.run(["copy", "--from", database.address, "--to", back])
        #expect(overwrite.status != 0)
        #expect(overwrite.errors.contains("a file already exists at \(back); it was left alone"))
        // A stored balance changed on the server is found, in the person's language.
        _ = try database.query(cli, "UPDATE clubFundBalance SET sentMinorUnits = sentMinorUnits + 100")
        let changed = try cli.run(["check", "--db", database.address, "--lang", "es"])
        #expect(changed.status != 0)
        #expect(changed.output.contains("saldo guardado distinto del libro: clubFundBalance "))
        // A second copy into the same database is refused, in the person's language, and changes nothing.
        let again = try cli.run(["copy", "--from", cli.database, "--to", database.address, "--lang", "es"])
        #expect(again.status != 0)
        #expect(again.errors.contains("la base de datos \(database.name) ya tiene un libro"))
        #expect(try database.query(cli, "SELECT count(*) FROM movement").trimmingCharacters(in: .whitespacesAndNewlines) == movements)
    }

    @Test(.enabled(if: server != nil, "make test starts a PostgreSQL server"))
    func aFileChangedOutsideTheProgramIsNotCopied() throws {
        let cli = try CLI.smallLedger()
        #expect(try cli.run(["donation", "--club", "CLUB", "--amount", "25", "--event", "Kermés", "--date", "2024-03-02"]).status == 0)
        let changed = try cli.shell(
            "sqlite3 '\(cli.database)' 'DROP TRIGGER movementNoUpdate; UPDATE movement SET amountMinorUnits = 9999999 WHERE kind = \"donation\";'"
        )
        #expect(changed.status == 0, "\(changed.errors)")
        let database = try Database(cli)
        let refused = try cli.run(["copy", "--from", cli.database, "--to", database.address])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("does not pass check"))
        #expect(refused.errors.contains("nothing was copied"))
        #expect(try database.query(cli, "SELECT count(*) FROM pg_tables WHERE tablename = 'movement'") == "0\n")
    }

    @Test func aFileIsNotCopiedIntoAFile() throws {
        let cli = try CLI()
        let refused = try cli.run(["copy", "--from", "a.sqlite", "--to", "b.sqlite"])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("to copy a file use cuentas backup"))
    }

    /// The proof reads the copy back with the code both stores share: a stored balance changed on the server after the
    /// copy, or a catalogue row added there, is found.
    @Test(.enabled(if: server != nil, "make test starts a PostgreSQL server"))
    func theProofFindsABalanceOrARowThatIsNotTheFiles() async throws {
        let cli = try CLI.smallLedger()
        #expect(try cli.run(["donation", "--club", "CLUB", "--amount", "25", "--event", "Kermés", "--date", "2024-03-02"]).status == 0)
        let database = try Database(cli)
        let address = try #require(try? PostgresAddress.parse(database.address).get())
        let path = cli.database
        try await OwnThread.run {
            let source = try LedgerStore.open(path: path)
            let catalogue = try source.catalogue()
            let ledger = try BlockingCall.wait {
                let ledger = try await PostgresLedgerDatabase.open(address, maximumConnections: 2)
                try await ledger.migrate()
                return ledger
            }
            defer { try? BlockingCall.wait { await ledger.close() } }
            _ = try PostgresLedgerCopy.copy(from: source, catalogue: catalogue, into: ledger)
            #expect(try PostgresLedgerCopy.prove(source: source, database: ledger).passed)
            _ = try database.query(cli, "UPDATE clubFundBalance SET eventIncomeMinorUnits = eventIncomeMinorUnits + 1")
            let proof = try PostgresLedgerCopy.prove(source: source, database: ledger)
            #expect(!proof.passed)
            #expect(proof.check.balanceDifferences.count == 1)
            #expect(proof.check.brokenLink == nil && proof.check.ledger.passed)
            _ = try database.query(cli, "INSERT INTO clubMember (id, clubId, displayName) VALUES (99, 'CLUB', 'Nadie')")
            #expect(throws: LedgerCopyError.self) { try PostgresLedgerCopy.prove(source: source, database: ledger) }
        }
    }

    /// Recording is the same code on both stores (`MovementRecorder`): the same drafts recorded on the file and on its
    /// copy in PostgreSQL give the same movements, the same hash chain and the same balance rows, and the same refusal.
    @Test(.enabled(if: server != nil, "make test starts a PostgreSQL server"))
    func theSameDraftsRecordedOnBothStoresGiveTheSameChainAndBalances() async throws {
        let cli = try CLI.smallLedger()
        let database = try Database(cli)
        let address = try #require(try? PostgresAddress.parse(database.address).get())
        let path = cli.database
        try await OwnThread.run {
            let file = try LedgerStore.open(path: path)
            let ledger = try BlockingCall.wait {
                let ledger = try await PostgresLedgerDatabase.open(address, maximumConnections: 2)
                try await ledger.migrate()
                return ledger
            }
            defer { try? BlockingCall.wait { await ledger.close() } }
            _ = try PostgresLedgerCopy.copy(from: file, catalogue: try file.catalogue(), into: ledger)
            let day = try CalendarDate(parsing: "2024-04-01", field: "date")
            func draft(_ body: MovementBody) -> MovementDraft { MovementDraft(occurredOn: day, recordedBy: "tester", note: "", body: body) }
            let folio = Folio(trusted: "P-1")
            let reports = [
                draft(.progress(ProgressReport(folio: folio, physicalPercent: 40))),
                draft(.progress(ProgressReport(folio: folio, physicalPercent: 55))),
            ]
            let onFile = try file.record(reports)
            let onServer = try ledger.record(reports)
            #expect(onServer == onFile)
            // Taking the latest report back makes both stores find the one before it again.
            let undo = [draft(.reversal(Reversal(movementID: onFile[1].id, reason: "Error de captura")))]
            #expect(try ledger.record(undo) == (try file.record(undo)))
            let fileHead = try file.ledgerHead()
            let check = try PostgresLedgerCheck.run(ledger)
            #expect(check.passed)
            #expect(check.ledger.movementCount == Int(fileHead.movements) && check.headHash == fileHead.hash)
            for query in Self.balanceQueries {
                let server = try database.query(cli, query)
                let stored = try Self.fileRows(cli, query)
                #expect(server == stored, "\(query): \(server) against \(stored)")
            }
            // The same movement undone twice: refused by both, in the same words, and nothing written.
            let refusedOnFile = #expect(throws: StoreError.self) { try file.record(undo) }
            let refusedOnServer = #expect(throws: StoreError.self) { try ledger.record(undo) }
            #expect(refusedOnServer?.explanation(in: .spanish) == refusedOnFile?.explanation(in: .spanish))
            #expect(try PostgresLedgerCheck.run(ledger).headHash == fileHead.hash)
        }
    }

    /// The commands that record one movement work on a PostgreSQL ledger through the same rules as on a file.
    @Test(.enabled(if: server != nil, "make test starts a PostgreSQL server"))
    func movementsAreRecordedOnPostgreSQLByTheSameCommands() throws {
        let cli = try CLI.smallLedger()
        let database = try Database(cli)
        #expect(try cli.run(["copy", "--from", cli.database, "--to", database.address]).status == 0)
        let onServer = ["CUENTAS_DB": database.address]
        let donation = try cli.run(
            ["donation", "--club", "CLUB", "--amount", "25", "--event", "Kermés", "--date", "2024-03-02"], environment: onServer)
        #expect(donation.status == 0, "\(donation.errors)")
        #expect(donation.output.hasPrefix("Recorded movement #"))
        #expect(donation.output.contains("Receipt "))
        let progress = try cli.run(["progress", "P-1", "--percent", "30", "--date", "2024-04-01"], environment: onServer)
        #expect(progress.output.contains(": physical progress of P-1: 30%."), "\(progress.errors)")
        let number = try #require(progress.output.split(separator: "#").last?.split(separator: ":").first.map(String.init))
        let reversed = try cli.run(["reverse", number, "--reason", "Error de captura", "--date", "2024-04-02"], environment: onServer)
        #expect(reversed.status == 0, "\(reversed.errors)")
        // Refused as on a file, in the person's language, and nothing recorded.
        let unknown = try cli.run(["donation", "--club", "NADIE", "--amount", "5", "--event", "x", "--lang", "es"], environment: onServer)
        #expect(unknown.status != 0)
        #expect(unknown.errors.contains("no existe el club NADIE"))
        let again = try cli.run(["reverse", number, "--reason", "Otra vez"], environment: onServer)
        #expect(again.status != 0)
        let checked = try cli.run(["check"], environment: onServer)
        #expect(checked.status == 0, "\(checked.output)")
        let before = try Self.fileRows(cli, "SELECT count(*) FROM movement").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(checked.output.contains(": \(Int(before)! + 3) movements, "))
        #expect(try database.query(cli, "SELECT kind FROM movement WHERE id > \(before)") == "donation\nprogress\nreversal\n")
        #expect(try database.query(cli, "SELECT count(*) FROM recording WHERE firstMovement > \(before)") == "3\n")
    }

    /// A database `cuentas init` never prepared is not taken for an empty ledger: a mistyped name is said, not created.
    @Test(.enabled(if: server != nil, "make test starts a PostgreSQL server"))
    func aDatabaseWithoutALedgerIsNamedNotPrepared() throws {
        let cli = try CLI()
        let database = try Database(cli)
        for command in [["check"], ["donation", "--club", "CLUB", "--amount", "5", "--event", "x"], ["copy", "--to", "back.sqlite"]] {
            let arguments =
                command.first == "copy"
                ? ["copy", "--from", database.address, "--to", "back.sqlite"] : command + ["--db", database.address]
            let refused = try cli.run(arguments)
            #expect(refused.status != 0)
            #expect(
                refused.errors.contains("the database \(database.name) holds no ledger; create one with `cuentas init --db postgres://…`"))
        }
        #expect(try database.query(cli, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()") == "0\n")
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("back.sqlite").path))
    }
}
