import Foundation
import Testing

/// `--db postgres://…`: `cuentas init` prepares a PostgreSQL database's schema (once, safely repeated); every command
/// but `backup` works with one (PostgresCopyCommandTests, PostgresPublishCommandTests, and the sample loaded here
/// through the real commands); `backup` refuses it saying how such a database is backed up, instead of taking the
/// address for a file name.
@Suite struct PostgresLedgerCommandTests {
    /// The test server `make test` starts (Tests/postgres/with-server.sh).
    static let server = ProcessInfo.processInfo.environment["CUENTAS_TEST_POSTGRES"]

    @Test func backupSaysHowADatabaseIsBackedUp() throws {
        let cli = try CLI()
        let backup = try cli.run(["backup", "copia.sqlite", "--db", "postgres://cuentas@localhost/cuentas"])
        #expect(backup.status != 0)
        #expect(backup.errors.contains("a PostgreSQL ledger (--db postgres://…) is backed up with pg_dump"))
        let spanish = try cli.run(
            ["backup", "copia.sqlite", "--lang", "es"], environment: ["CUENTAS_DB": "postgres://cuentas@localhost/cuentas"])
        #expect(spanish.errors.contains("se respalda con pg_dump"))
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("copia.sqlite").path))
    }

    /// The sample portfolio loaded into PostgreSQL with the real commands (schemes, parties, members, projects,
    /// approvals, renewals, amendments, imports, users, evidence, visits, complaints): `check` passes, and every statement
    /// reads as the same sample loaded into a file; a file imported again records nothing.
    @Test(.enabled(if: server != nil, "make test starts a PostgreSQL server"))
    func theSampleLoadsIntoPostgreSQLThroughTheCommandsAsIntoAFile() throws {
        let cli = try CLI()
        let database = try PostgresCopyCommandTests.Database(cli)
        let evidence = ["CUENTAS_EVIDENCE": cli.folder.appendingPathComponent("postgres.evidence").path]
        let file = try cli.shell("cuentas init >/dev/null && bash SampleData/load.sh >/dev/null && bash SampleData/users.sh >/dev/null")
        #expect(file.status == 0, "\(file.errors)")
        let loaded = try cli.shell(
            "export CUENTAS_DB='\(database.address)' CUENTAS_EVIDENCE='\(evidence["CUENTAS_EVIDENCE"]!)' && cuentas init >/dev/null && bash SampleData/load.sh >/dev/null && bash SampleData/users.sh >/dev/null"
        )
        #expect(loaded.status == 0, "\(loaded.errors)")
        let checked = try cli.run(["check", "--db", database.address], environment: evidence)
        #expect(checked.status == 0, "\(checked.output)")
        #expect(checked.output.contains("277 movements"), "\(checked.output)")
        for arguments in [
            ["statement", "all", "--as-of", "2025-06-30"], ["user", "list"], ["project", "list"],
        ] {
            let onFile = try cli.run(arguments)
            let onServer = try cli.run(arguments + ["--db", database.address], environment: evidence)
            #expect(onFile.status == 0 && onServer.status == 0, "\(arguments): \(onServer.errors)")
            #expect(onServer.output == onFile.output, "\(arguments)")
        }
        // Receipt codes are drawn at random: the same donations have their codes, not the same ones.
        let receipts = ["receipt", "list", "--club", "CLUB-CANON-CHI"]
        let onServer = try cli.run(receipts + ["--db", database.address], environment: evidence).output
        #expect(onServer.split(separator: "\n").count == (try cli.run(receipts).output.split(separator: "\n").count))
        let donations = CLI.repositoryRoot.appendingPathComponent("SampleData/csv/donations.csv").path
        let again = try cli.run(["import", donations, "--db", database.address], environment: evidence)
        #expect(again.status == 0, "running the same import again is safe")
        #expect(again.output.contains("this file was imported already"), "\(again.output)")
        #expect(try cli.run(["check", "--db", database.address], environment: evidence).output.contains("277 movements"))
    }

    @Test func anAddressMissingAPartIsRefusedSayingWhich() throws {
        let refused = try CLI().run(["init", "--db", "postgres://localhost/cuentas"])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("postgres://localhost/cuentas: not a PostgreSQL address; expected a user name before @"))
    }

    @Test func aServerThatIsNotThereIsNamedAtOnce() throws {
        let folder = "/tmp/nowhere-\(UUID().uuidString)"
        let refused = try CLI().run(["init", "--db", "postgres://cuentas@/cuentas?host=\(folder)"])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("could not connect to PostgreSQL at \(folder)/.s.PGSQL.5432, database cuentas, user cuentas: "))
    }

    @Test(.enabled(if: server != nil, "make test starts a PostgreSQL server"))
    func initPreparesTheSchemaOnceAndSaysSo() throws {
        let cli = try CLI()
        let server = try #require(Self.server)
        let socketFolder = try #require(URLComponents(string: server)?.queryItems?.first { $0.name == "host" }?.value)
        let name = "cli_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let created = try cli.shell("createdb --host '\(socketFolder)' --username cuentas \(name)")
        #expect(created.status == 0, "\(created.errors)")
        let address = "postgres://cuentas@/\(name)?host=\(socketFolder)"
        let first = try cli.run(["init", "--db", address])
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output == "Ledger prepared in \(name) (PostgreSQL) (schema: v1-ledger, v2-chain-links, v3-deferrable-references).\n")
        let again = try cli.run(["init", "--lang", "es"], environment: ["CUENTAS_DB": address])
        #expect(
            again.output
                == "El libro \(name) (PostgreSQL) ya estaba al día (esquema: v1-ledger, v2-chain-links, v3-deferrable-references).\n")
    }
}
