import Foundation
import Testing

/// `cuentas publish`, `show`, `statement` and `export iati` on a PostgreSQL ledger: the same ledger publishes the same
/// site, byte for byte, and prints the same statements from the file and from its copy on the server; the publication
/// is recorded on the server; a re-publish renders only what changed.
@Suite struct PostgresPublishCommandTests {
    static let prices = CLI.repositoryRoot.appendingPathComponent("SampleData/reference/remittance-prices-usa-mex.csv").path

    /// The sample ledger in a file and copied into a new database, with a signing key beside them.
    static func sampleOnBoth(_ cli: CLI) throws -> PostgresCopyCommandTests.Database {
        #expect(try cli.shell("cuentas init >/dev/null && bash SampleData/load.sh >/dev/null").status == 0)
        let database = try PostgresCopyCommandTests.Database(cli)
        let copied = try cli.run(["copy", "--from", cli.database, "--to", database.address])
        #expect(copied.status == 0, "\(copied.errors)")
        #expect(try cli.run(["key", "new", "--name", "Tesorería de prueba", "--out", "firma.key"]).status == 0)
        return database
    }

    /// Every file under a folder and its bytes' digest, one line each: two folders compare equal when these do.
    static func tree(_ cli: CLI, _ folder: String) throws -> String {
        let listed = try cli.shell("cd '\(cli.folder.path)/\(folder)' && find . -type f -print0 | sort -z | xargs -0 sha256sum")
        #expect(listed.status == 0, "\(listed.errors)")
        return listed.output
    }

    @Test(.enabled(if: PostgresCopyCommandTests.server != nil, "make test starts a PostgreSQL server"))
    func theFileAndItsCopyPublishTheSameSite() throws {
        let cli = try CLI()
        let database = try Self.sampleOnBoth(cli)
        let evidence = ["CUENTAS_EVIDENCE": cli.database + ".evidence"]
        for (ledger, folder) in [(cli.database, "firmado-archivo"), (database.address, "firmado-postgres")] {
            let published = try cli.run(
                [
                    "publish", "--db", ledger, "--out", folder, "--sign", "firma.key", "--as-of", "2025-06-30", "--remittance-prices",
                    Self.prices,
                ],
                environment: evidence)
            #expect(published.status == 0, "\(published.errors)")
            #expect(published.output.hasPrefix("Publication 1 signed by Tesorería de prueba"))
        }
        let signed = try Self.tree(cli, "firmado-archivo")
        #expect(signed.split(separator: "\n").count > 200)
        #expect(signed.contains("/evidence/"), "the evidence files are published from the folder CUENTAS_EVIDENCE names")
        #expect(signed == (try Self.tree(cli, "firmado-postgres")))
        #expect(try cli.run(["verify", "firmado-postgres"]).status == 0)
        // The publication is recorded on the server as in the file, with the hash of every file.
        let recorded = "SELECT number, asOf, ledgerMovements, ledgerHeadHash, manifestSHA256 FROM publication"
        #expect(try database.query(cli, recorded) == (try PostgresCopyCommandTests.fileRows(cli, recorded)))
        let files = "SELECT path, sha256 FROM publicationFile"
        #expect(try database.query(cli, files) == (try PostgresCopyCommandTests.fileRows(cli, files)))
        // The check reads the evidence files from the same folder; without it, they are missing.
        let checked = try cli.run(["check", "--db", database.address], environment: evidence)
        #expect(checked.status == 0, "\(checked.output)")
        #expect(checked.output.contains("catalogue, recording times, publications and evidence as written"))
        let elsewhere = try cli.run(["check", "--db", database.address], environment: ["CUENTAS_EVIDENCE": "/nonexistent"])
        #expect(elsewhere.status != 0)
        #expect(elsewhere.output.contains("is not in the evidence folder"), "\(elsewhere.output)")

        for (ledger, folder) in [(cli.database, "archivo"), (database.address, "postgres")] {
            let published = try cli.run(
                ["publish", "--db", ledger, "--out", folder, "--as-of", "2025-06-30", "--remittance-prices", Self.prices],
                environment: evidence)
            #expect(published.status == 0, "\(published.errors)")
        }
        #expect(try Self.tree(cli, "archivo") == (try Self.tree(cli, "postgres")))
    }

    @Test(.enabled(if: PostgresCopyCommandTests.server != nil, "make test starts a PostgreSQL server"))
    func aRepublishFromTheServerRendersOnlyWhatChanged() throws {
        let cli = try CLI()
        let database = try Self.sampleOnBoth(cli)
        let evidence = ["CUENTAS_EVIDENCE": cli.database + ".evidence"]
        let arguments = [
            "publish", "--db", database.address, "--out", "sitio", "--as-of", "2025-06-30", "--remittance-prices", Self.prices,
        ]
        #expect(try cli.run(arguments, environment: evidence).output.contains("; 0 statements unchanged."))
        let donation = try cli.run(
            [
                "donation", "--db", database.address, "--club", "CLUB-CANON-CHI", "--amount", "125", "--event", "Rifa de junio",
                "--date", "2025-06-01", "--by", "Tesorería",
            ])
        #expect(donation.status == 0, "\(donation.errors)")
        let again = try cli.run(arguments, environment: evidence)
        #expect(again.status == 0, "\(again.errors)")
        // Only the club's statements and what shows the donation, not the whole site.
        let unchanged = try #require(again.output.firstMatch(of: /; (\d+) statements unchanged/)?.1)
        #expect(Int(unchanged)! > 0)
        let csv = try String(contentsOf: cli.folder.appendingPathComponent("sitio/data/movements.csv"), encoding: .utf8)
        #expect(csv.contains("Rifa de junio"))
    }

    @Test(.enabled(if: PostgresCopyCommandTests.server != nil, "make test starts a PostgreSQL server"))
    func withoutTheEvidenceFilesNothingIsSigned() throws {
        let cli = try CLI()
        let database = try Self.sampleOnBoth(cli)
        let published = try cli.run(
            ["publish", "--db", database.address, "--out", "sitio", "--sign", "firma.key", "--remittance-prices", Self.prices],
            environment: ["CUENTAS_EVIDENCE": cli.folder.appendingPathComponent("vacía").path])
        #expect(published.status != 0)
        #expect(published.errors.contains("check"), "\(published.errors)")
        #expect(try database.query(cli, "SELECT count(*) FROM publication") == "0\n")
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("sitio/versions/1").path))
    }

    @Test(.enabled(if: PostgresCopyCommandTests.server != nil, "make test starts a PostgreSQL server"))
    func theFileAndItsCopyShowTheSameStatements() throws {
        let cli = try CLI()
        let database = try Self.sampleOnBoth(cli)
        let asked: [[String]] = [
            ["show", "3X1-2024-003"], ["show", "CLUB-CANON-CHI", "--format", "json"], ["show", "MUN-HUERTAS", "--lang", "es"],
            ["statement", "project", "3X1-2024-002", "--format", "xml"], ["statement", "club", "CLUB-CANON-LA", "--format", "html"],
            ["statement", "all"],
        ]
        for arguments in asked {
            let file = try cli.run(arguments + ["--as-of", "2025-06-30", "--db", cli.database])
            let server = try cli.run(arguments + ["--as-of", "2025-06-30", "--db", database.address])
            #expect(file.status == 0 && server.status == 0, "\(arguments): \(server.errors)")
            #expect(file.output.count > 500, "\(arguments)")
            #expect(server.output == file.output, "\(arguments)")
        }
        for (ledger, out) in [(cli.database, "archivo.xml"), (database.address, "postgres.xml")] {
            let exported = try cli.run(["export", "iati", "--db", ledger, "--out", out, "--publisher-prefix", "XM-EXAMPLE-ZAC"])
            #expect(exported.status == 0, "\(exported.errors)")
        }
        // The same activities, but for the time each file was generated at (to the second).
        func activities(_ name: String) throws -> String {
            try String(contentsOf: cli.folder.appendingPathComponent(name), encoding: .utf8).replacing(
                /-datetime="[^"]*"/, with: "-datetime=\"\"")
        }
        let iati = try activities("archivo.xml")
        #expect(iati.count > 10_000)
        #expect(iati == (try activities("postgres.xml")))
        let unknown = try cli.run(["show", "3X1-1999-999", "--db", database.address])
        #expect(unknown.status != 0)
        #expect(unknown.errors.contains("3X1-1999-999: not a project folio, a club or a municipality"))
    }
}
