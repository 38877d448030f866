import Foundation
import Testing

/// `--db postgres://…`: `cuentas init` prepares a PostgreSQL database's schema (once, safely repeated); `check`,
/// `copy`, `publish`, `show`, `statement` and `export iati` work with one (PostgresCopyCommandTests, PostgresPublishCommandTests); every other command refuses such a ledger saying so, instead of
/// taking the address for a file name.
@Suite struct PostgresLedgerCommandTests {
    /// The test server `make test` starts (Tests/postgres/with-server.sh).
    static let server = ProcessInfo.processInfo.environment["CUENTAS_TEST_POSTGRES"]

    @Test func otherCommandsSayTheyDoNotWorkWithPostgreSQLYet() throws {
        let cli = try CLI()
        let list = try cli.run(["project", "list", "--db", "postgres://cuentas@localhost/cuentas"])
        #expect(list.status != 0)
        #expect(list.errors.contains("this command does not work with a PostgreSQL ledger (--db postgres://…) yet"))
        let spanish = try cli.run(["project", "list", "--lang", "es"], environment: ["CUENTAS_DB": "postgres://cuentas@localhost/cuentas"])
        #expect(spanish.errors.contains("esta orden aún no trabaja con un libro en PostgreSQL"))
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
