import Foundation
import Testing

@Suite struct SignedPublicationTests {
    func signedSite() throws -> (cli: CLI, site: URL, key: String) {
        let cli = try CLI.smallLedger()
        let key = cli.folder.appendingPathComponent("tesoreria.key").path
        let created = try cli.run(["key", "new", "--name", "Tesorería Municipal", "--out", key])
        #expect(created.status == 0, "\(created.errors)")
        #expect(
            try cli.run(["deposit", "P-1", "--party", "MUN", "--received", "100000", "--reference", "SPEI-1", "--date", "2024-03-05"])
                .status == 0)
        let site = cli.folder.appendingPathComponent("site")
        let first = try cli.run(["publish", "--out", site.path, "--sign", key, "--as-of", "2024-06-30"])
        #expect(first.status == 0, "\(first.errors)")
        return (cli, site, key)
    }

    @Test func thePrivateKeyIsPrivateAndNeverPublished() throws {
        let (cli, site, key) = try signedSite()
        let attributes = try FileManager.default.attributesOfItem(atPath: key)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let privateLine = try #require(
            try String(contentsOfFile: key, encoding: .utf8).split(separator: "\n").first { $0.hasPrefix("private: ") })
        let secret = String(privateLine.dropFirst("private: ".count))
        let database = try Data(contentsOf: URL(fileURLWithPath: cli.database))
        #expect(database.range(of: Data(secret.utf8)) == nil)
        for case let file as URL in FileManager.default.enumerator(at: site, includingPropertiesForKeys: nil)! {
            guard let data = try? Data(contentsOf: file) else { continue }
            #expect(data.range(of: Data(secret.utf8)) == nil, "\(file.lastPathComponent) contains the private key")
        }
        let again = try cli.run(["key", "new", "--name", "Otra", "--out", key])
        #expect(again.status != 0)
        #expect(again.errors.contains("never overwritten"))
    }

    @Test func publicationsAreNumberedKeptAndVerified() throws {
        let (cli, site, key) = try signedSite()
        let firstIndex = try Data(contentsOf: site.appendingPathComponent("versions/1/es/projects/P-1.html"))
        #expect(
            try cli.run(["deposit", "P-1", "--party", "MX", "--received", "100000", "--reference", "SPEI-2", "--date", "2024-07-05"]).status
                == 0)
        let second = try cli.run(["publish", "--out", site.path, "--sign", key, "--as-of", "2024-07-31"])
        #expect(second.output.contains("Publication 2 signed by Tesorería Municipal"))
        #expect(try Data(contentsOf: site.appendingPathComponent("versions/1/es/projects/P-1.html")) == firstIndex)
        let page = try String(contentsOf: site.appendingPathComponent("versions/2/es/projects/P-1.html"), encoding: .utf8)
        #expect(page.contains("Publicación 2 del"))
        #expect(page.contains("firmada por Tesorería Municipal (huella de la llave: "))
        let history = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(history.contains("href=\"versions/2/index.html\""))
        #expect(history.contains("href=\"versions/1/index.html\""))
        // The link to the latest publication's verify page says what it is in both languages (it once had no words).
        #expect(history.contains("<a href=\"versions/2/verify.html\">Comprobar que esta página es auténtica</a>"))
        #expect(history.contains("<a href=\"versions/2/verify.html\">Check that this page is authentic</a>"))
        #expect(history.contains(">Publicación 2 del "))
        let verified = try cli.run(["verify", site.path])
        #expect(verified.status == 0, "\(verified.output.split(separator: "\n").filter { !$0.hasPrefix("valid") })\(verified.errors)")
        #expect(verified.output.contains("history    publication 2: 1 movements added since publication 1; none missing"))
        #expect(verified.output.contains("valid       versions/2/xml/projects/P-1.xml"))
        let schema = site.appendingPathComponent("versions/2/xml/cuentas-statement-1.xsd").path
        let xml = site.appendingPathComponent("versions/2/xml/projects/P-1.xml").path
        #expect(try cli.shell("xmllint --noout --schema '\(schema)' '\(xml)'").status == 0)
    }

    @Test func oneChangedByteInAnyStatementIsNamed() throws {
        let (cli, site, _) = try signedSite()
        for path in ["versions/1/en/projects/P-1.html", "versions/1/xml/municipalities/MUN.xml", "versions/1/data/movements.csv"] {
            let file = site.appendingPathComponent(path)
            var bytes = [UInt8](try Data(contentsOf: file))
            bytes[bytes.count / 2] ^= 0x20
            try Data(bytes).write(to: file)
            let result = try cli.run(["verify", site.path])
            #expect(result.status != 0)
            #expect(result.output.contains("ALTERED     \(path)"), "\(path) was not named")
            bytes[bytes.count / 2] ^= 0x20
            try Data(bytes).write(to: file)
        }
        #expect(try cli.run(["verify", site.path]).status == 0)
        // A statement forwarded on its own carries its signature.
        let forwarded = site.appendingPathComponent("versions/1/es/projects/P-1.html").path
        let alone = try cli.run(["verify", forwarded, "--lang", "es"])
        #expect(alone.output.contains("válido      P-1.html (publicación 1; Tesorería Municipal,"))
    }

    @Test func aKeyYouDoNotTrustIsReported() throws {
        let (cli, site, _) = try signedSite()
        let other = cli.folder.appendingPathComponent("other.key").path
        #expect(try cli.run(["key", "new", "--name", "Impostor", "--out", other]).status == 0)
        let result = try cli.run(["verify", site.appendingPathComponent("versions/1").path, "--trusted-key", other + ".pub"])
        #expect(result.status != 0)
        #expect(
            result.output.contains("UNKNOWN KEY versions/1/publication.json") || result.output.contains("UNKNOWN KEY 1/publication.json"))
    }

    @Test func checkNamesAMovementEditedWithSQLite() throws {
        let (cli, _, key) = try signedSite()
        #expect(try cli.run(["check"]).output.contains("hash chain intact"))
        let edited = try cli.shell(
            "sqlite3 '\(cli.database)' 'DROP TRIGGER movementNoUpdate; UPDATE movement SET amountMinorUnits = 9999999 WHERE id = 4;'")
        #expect(edited.status == 0, "\(edited.errors)")
        let check = try cli.run(["check"])
        #expect(check.status != 0)
        #expect(check.output.contains("movement #4: its content no longer gives its hash: it was changed outside the program"))
        let refused = try cli.run(["publish", "--out", cli.folder.appendingPathComponent("site2").path, "--sign", key])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("a ledger with problems is not signed"))
    }

    /// Removing the last movements leaves a chain that is whole but shorter than what was published: `check` names
    /// the publication whose head is gone, and the shorter ledger is not signed.
    @Test func aLedgerShorterThanItsLastPublicationFailsTheCheckAndIsNotSigned() throws {
        let (cli, _, key) = try signedSite()
        let head = try #require(
            Int(
                try cli.shell("sqlite3 '\(cli.database)' 'SELECT max(id) FROM movement'").output.trimmingCharacters(
                    in: .whitespacesAndNewlines)))
        let cut = try cli.shell("sqlite3 '\(cli.database)' 'DROP TRIGGER movementNoDelete; DELETE FROM movement WHERE id > \(head - 2);'")
        #expect(cut.status == 0, "\(cut.errors)")
        let check = try cli.run(["check"])
        #expect(check.status != 0)
        #expect(
            check.output.contains(
                "publication 1 was made of \(head) movements and the ledger has \(head - 2): published movements were removed"),
            "\(check.output)")
        let refused = try cli.run(["publish", "--out", cli.folder.appendingPathComponent("site2").path, "--sign", key])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("a ledger with problems is not signed"))
    }

    /// `verify` checks the whole site: the key list must be readable, every publication the site should hold must be
    /// there under its own number, and nothing may be added beside them.
    @Test func verifyNamesWhatIsMissingRenamedOrAddedAndRefusesASiteWithoutItsKeys() throws {
        let (cli, site, key) = try signedSite()
        #expect(
            try cli.run(["deposit", "P-1", "--party", "MX", "--received", "100000", "--reference", "SPEI-2", "--date", "2024-07-05"]).status
                == 0)
        #expect(try cli.run(["publish", "--out", site.path, "--sign", key, "--as-of", "2024-07-31"]).status == 0)
        let files = FileManager.default
        // A publish killed between recording publication 2 and moving its folder into place.
        try files.moveItem(at: site.appendingPathComponent("versions/2"), to: site.appendingPathComponent("versions/.2.partial"))
        try files.moveItem(at: site.appendingPathComponent("versions/1"), to: site.appendingPathComponent("versions/01"))
        try Data("<p>hola</p>".utf8).write(to: site.appendingPathComponent("added.html"))
        let broken = try cli.run(["verify", site.path])
        #expect(broken.status != 0)
        for line in [
            "ALTERED     versions/.2.partial: a publication that did not finish being written",
            "ALTERED     versions/01: not a publication folder",
            "MISSING     versions/1", "MISSING     versions/2", "ALTERED     added.html: not part of any signed publication",
        ] {
            #expect(broken.output.contains(line), "\(line) in \(broken.output)\(broken.errors)")
        }
        // The next publish finishes the interrupted rename (the manifest is the one the ledger recorded).
        try files.moveItem(at: site.appendingPathComponent("versions/01"), to: site.appendingPathComponent("versions/1"))
        try files.removeItem(at: site.appendingPathComponent("added.html"))
        let third = try cli.run(["publish", "--out", site.path, "--sign", key, "--as-of", "2024-08-31"])
        #expect(third.status == 0, "\(third.errors)")
        #expect(third.output.contains("Publication 3 signed"))
        let whole = try cli.run(["verify", site.path])
        #expect(whole.status == 0, "\(whole.output)\(whole.errors)")
        // Without its key list a site's signers cannot be checked: refused, not passed.
        try files.removeItem(at: site.appendingPathComponent("keys.json"))
        let keyless = try cli.run(["verify", site.path])
        #expect(keyless.status != 0)
        #expect(keyless.errors.contains("keys.json: missing or unreadable"), "\(keyless.errors)")
        // A publication whose folder is gone altogether stops the next publish.
        try files.removeItem(at: site.appendingPathComponent("versions/3"))
        let refused = try cli.run(["publish", "--out", site.path, "--sign", key, "--as-of", "2024-09-30"])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("the ledger records publication 3 and"), "\(refused.errors)")
    }

    /// A signed site keeps each publication's receipts in versions/N/r/ and the latest at the stable address r/; a
    /// receipt page swapped there, or one added, is named by verify.
    @Test func theStableReceiptsAreTheLatestPublicationsAndASwappedOneIsNamed() throws {
        let cli = try CLI.smallLedger()
        let key = cli.folder.appendingPathComponent("tesoreria.key").path
        #expect(try cli.run(["key", "new", "--name", "Tesorería Municipal", "--out", key]).status == 0)
        for (amount, event) in [("50", "Rifa"), ("75", "Baile")] {
            #expect(try cli.run(["donation", "--club", "CLUB", "--amount", amount, "--event", event, "--date", "2024-03-01"]).status == 0)
        }
        let site = cli.folder.appendingPathComponent("site")
        #expect(
            try cli.run([
                "publish", "--out", site.path, "--sign", key, "--as-of", "2024-06-30", "--base-url", "https://cuentas.example.org/",
            ]).status == 0)
        let stable = try #require(FileManager.default.enumerator(atPath: site.appendingPathComponent("r").path)?.allObjects as? [String])
            .filter { $0.hasSuffix(".html") }.sorted()
        #expect(stable.count == 2)
        for path in stable {
            #expect(
                try Data(contentsOf: site.appendingPathComponent("r/\(path)"))
                    == Data(contentsOf: site.appendingPathComponent("versions/1/r/\(path)")))
        }
        #expect(try cli.run(["verify", site.path]).status == 0)
        // The other receipt's page put in place of the first: each is validly signed, but not where it belongs.
        let first = site.appendingPathComponent("r/\(stable[0])")
        try FileManager.default.removeItem(at: first)
        try FileManager.default.copyItem(at: site.appendingPathComponent("r/\(stable[1])"), to: first)
        let swapped = try cli.run(["verify", site.path])
        #expect(swapped.status != 0)
        #expect(swapped.output.contains("r/\(stable[0])"), "\(swapped.output)")
    }

    /// A signed site keeps the latest publication's feeds at the stable address feeds/ (what a reader subscribes to),
    /// and a feed of its publications at its root; a feed changed there is named by verify.
    @Test func theFeedsAtTheRootAreTheLatestPublicationsAndAChangedOneIsNamed() throws {
        let cli = try CLI.smallLedger()
        let key = cli.folder.appendingPathComponent("tesoreria.key").path
        #expect(try cli.run(["key", "new", "--name", "Tesorería Municipal", "--out", key]).status == 0)
        let site = cli.folder.appendingPathComponent("site")
        for day in ["2024-06-30", "2024-07-31"] {
            #expect(try cli.run(["publish", "--out", site.path, "--sign", key, "--as-of", day]).status == 0)
        }
        let feed = "feeds/es/municipalities/MUN.atom"
        let root = try String(contentsOf: site.appendingPathComponent(feed), encoding: .utf8)
        #expect(root == (try String(contentsOf: site.appendingPathComponent("versions/2/\(feed)"), encoding: .utf8)))
        // Its links lead, from the root's copy, into the latest publication.
        #expect(root.contains("href=\"../../../versions/2/es/projects/P-1.html\""))
        let publications = try String(contentsOf: site.appendingPathComponent("publications.en.atom"), encoding: .utf8)
        #expect(publications.contains("<title>Publication 2 of ") && publications.contains("<title>Publication 1 of "))
        #expect(publications.contains("href=\"versions/1/en/index.html\""))
        #expect(try cli.run(["verify", site.path]).status == 0)
        try (root.replacingOccurrences(of: "versions/2/", with: "versions/1/")).write(
            to: site.appendingPathComponent(feed), atomically: true, encoding: .utf8)
        let changed = try cli.run(["verify", site.path])
        #expect(changed.status != 0)
        #expect(changed.output.contains(feed), "\(changed.output)")
    }
}
