import Foundation
import Testing

/// The sample portfolio published as a site: self-contained pages, valid XML, the ledger's money.
@Suite struct PublishedSiteTests {
    /// One sample ledger and one published site for the whole suite (loading takes a few seconds).
    static let published: (cli: CLI, site: URL) = {
        let cli = try! CLI()
        let loaded = try! cli.shell("cuentas init >/dev/null && bash SampleData/load.sh >/dev/null")
        precondition(loaded.status == 0, loaded.errors)
        let site = cli.folder.appendingPathComponent("site")
        let result = try! cli.run([
            "publish", "--out", site.path, "--as-of", "2026-11-23", "--remittance-prices",
            CLI.repositoryRoot.appendingPathComponent("SampleData/reference/remittance-prices-usa-mex.csv").path,
        ])
        precondition(result.status == 0, result.errors)
        return (cli, site)
    }()

    static func files(_ suffix: String) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: published.site, includingPropertiesForKeys: nil)!
        return enumerator.compactMap { $0 as? URL }.filter { $0.path.hasSuffix(suffix) }.sorted { $0.path < $1.path }
    }

    @Test func theSiteHasEveryStatementInBothLanguages() throws {
        let pages = Self.files(".html").map { $0.path.replacingOccurrences(of: Self.published.site.path + "/", with: "") }
        // 12 projects, 5 clubs, 3 municipalities, their one state, an index and a glossary per language, and the language
        // choice; the diaspora's contribution for the country, Zacatecas, its federation and the 5 clubs in each
        // language; then one page per donation with a receipt, in both languages at once, under r/.
        let statements = pages.filter { !$0.hasPrefix("r/") }
        #expect(statements.count == 2 * (12 + 5 + 3 + 1 + 1 + 1) + 1 + 2 * (1 + 1 + 1 + 5))
        #expect(pages.contains("es/states/ZAC.html") && pages.contains("en/states/ZAC.html"))
        let receipts = try Self.published.cli.shell(
            "sqlite3 -cmd '.timeout 10000' '\(Self.published.cli.database)' \"SELECT count(*) FROM movement WHERE receipt IS NOT NULL\"")
        #expect(pages.count - statements.count == Int(receipts.output.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(pages.count - statements.count > 100)
        #expect(pages.contains("es/projects/3X1-2024-003.html"))
        #expect(pages.contains("en/municipalities/MUN-HUERTAS.html"))
        #expect(Self.files(".xml").filter { !$0.path.contains("/evidence/") }.count == 12 + 5 + 3)
        #expect(FileManager.default.fileExists(atPath: Self.published.site.appendingPathComponent("data/movements.csv").path))
    }

    /// Every receipt of the sample says where its donation went: each part that travelled to a project (with the
    /// project's name and a link to its statement) or still in the fund, or that the donation was cancelled; and
    /// what it says adds up: the amounts that left plus what is still in the fund make the donation (returned sendings
    /// aside).
    @Test func everyReceiptOfTheSampleSaysWhereItsDonationWent() throws {
        let receipts = Self.files(".html").filter { $0.path.contains("/r/") }
        #expect(receipts.count > 100)
        func cents(_ text: Substring) -> Int { Int(text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: ".", with: ""))! }
        for page in receipts {
            let html = try String(contentsOf: page, encoding: .utf8)
            let english = String(html[html.range(of: "<section class=\"receipt\" lang=\"en\">")!.upperBound...])
                .replacingOccurrences(of: "&#39;", with: "'")
            let donated = try #require(english.firstMatch(of: /Your donation of US\$([0-9,]+\.[0-9]{2})/), "\(page.lastPathComponent)").1
            if english.contains("This donation was cancelled on") { continue }
            var accounted = 0
            for part in english.matches(of: /US\$([0-9,]+\.[0-9]{2}) of it (travelled in the (transfer|sending) of|left in the sending of)/)
            {
                accounted += cents(part.1)
            }
            for returned in english.matches(
                of:
                    /US\$([0-9,]+\.[0-9]{2}) of it left in the sending of [^<]* and the bank returned it on [^<]*the fee, US\$([0-9,]+\.[0-9]{2})/
            ) {
                accounted -= cents(returned.1) - cents(returned.2)
            }
            if let still = english.firstMatch(of: /US\$([0-9,]+\.[0-9]{2}) of it is still in the club's fund/) {
                accounted += cents(still.1)
            }
            if english.contains("All of it is still in the club's fund") { accounted = cents(donated) }
            #expect(accounted == cents(donated), "\(page.lastPathComponent): \(accounted) of \(donated)")
            #expect(
                english.contains("<h2><a href=\"../../en/projects/") || english.contains("still in the club's fund"),
                "\(page.lastPathComponent)")
        }
    }

    /// Pages with photos embed their thumbnails and stay small enough for a phone on a slow line; the evidence files
    /// they link are in the site, named by their SHA-256.
    @Test func pagesWithPhotosStaySmallAndTheirFilesAreTheirHashes() throws {
        let withPhotos = try Self.files(".html").filter {
            try String(contentsOf: $0, encoding: .utf8).contains("<img src=\"data:image/jpeg;base64,")
        }
        #expect(withPhotos.map(\.lastPathComponent).sorted() == ["3X1-2024-002.html", "3X1-2024-002.html"])
        for page in withPhotos {
            let size = try Data(contentsOf: page).count
            #expect(size < 150_000, "\(page.path): \(size) bytes")
        }
        let evidence = Self.published.site.appendingPathComponent("evidence")
        let files = try FileManager.default.contentsOfDirectory(atPath: evidence.path)
        #expect(files.count == 5, "three photos, the hand-over record and the invoice: \(files)")
        for name in files {
            let digest = try Self.published.cli.shell("sha256sum '\(evidence.appendingPathComponent(name).path)'").output.prefix(64)
            #expect(name.hasPrefix(digest))
        }
    }

    @Test func everyXMLDocumentValidatesAgainstTheSchema() throws {
        let schema = Self.published.site.appendingPathComponent("xml/cuentas-statement-1.xsd").path
        for document in Self.files(".xml") where !document.path.contains("/evidence/") {
            let result = try Self.published.cli.shell("xmllint --noout --schema '\(schema)' '\(document.path)'")
            #expect(result.status == 0, "\(document.lastPathComponent): \(result.errors)")
        }
    }

    @Test func noPageReferencesAnythingOutsideItself() throws {
        let site = Self.published.site
        for page in Self.files(".html") {
            // Thumbnails are embedded in the page (a page forwarded alone still shows them): the one image source allowed.
            let html = try String(contentsOf: page, encoding: .utf8).replacingOccurrences(
                of: "<img src=\"data:image/jpeg;base64,", with: "")
            for forbidden in ["<script", "<link", "<img", "<iframe", "src=", "url(", "@import", "http://", "https://"] {
                let allowed =
                    forbidden == "http://" ? html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "") : html
                #expect(!allowed.contains(forbidden), "\(page.lastPathComponent) contains \(forbidden)")
            }
            // Every link points inside the page or to a file of the site.
            let pattern = try Regex("href=\"([^\"]*)\"")
            for match in html.matches(of: pattern) {
                let target = String(match.output[1].substring!)
                // A contact's phone and e-mail, which a phone calls or writes to.
                if target.hasPrefix("#") || target.hasPrefix("tel:+") || target.hasPrefix("mailto:") { continue }
                let path = String(target.split(separator: "#").first ?? "")
                let resolved = page.deletingLastPathComponent().appendingPathComponent(path).standardizedFileURL
                #expect(resolved.path.hasPrefix(site.path), "\(page.lastPathComponent) links outside the site: \(target)")
                #expect(FileManager.default.fileExists(atPath: resolved.path), "\(page.lastPathComponent) links to a missing \(target)")
            }
        }
    }

    @Test func theStatementsCarryTheLedgersMoneyToTheCentavo() throws {
        let cli = Self.published.cli
        let projects =
            try JSONSerialization.jsonObject(
                with: Data(try cli.run(["project", "list", "--format", "json", "--as-of", "2026-11-23"]).output.utf8)) as! [[String: Any]]
        for project in projects {
            let folio = project["folio"] as! String
            let xml = try String(contentsOf: Self.published.site.appendingPathComponent("xml/projects/\(folio).xml"), encoding: .utf8)
            let totals = String(xml[xml.range(of: "<totals")!.lowerBound...])
            for (element, key) in [
                ("received", "totalReceived"), ("paid", "totalPaid"), ("committed", "totalCommitted"), ("balanceOnHand", "balanceOnHand"),
                ("refunded", "totalRefunded"),
            ] {
                let expected = (project[key] as! [String: String])["amount"]!
                #expect(totals.contains("<\(element) currency=\"MXN\">\(expected)</\(element)>"), "\(folio) \(element) is not \(expected)")
            }
            let page = try String(contentsOf: Self.published.site.appendingPathComponent("en/projects/\(folio).html"), encoding: .utf8)
            let received = (project["totalReceived"] as! [String: String])["amount"]!
            let formatted = "MX$" + Self.grouped(received)
            #expect(page.contains(formatted), "\(folio) page does not show \(formatted)")
        }
    }

    @Test func oneStatementPrintsInEachFormat() throws {
        let cli = Self.published.cli
        let html = try cli.run(["statement", "project", "3X1-2024-003", "--format", "html", "--lang", "es", "--as-of", "2026-11-23"])
        #expect(html.output.hasPrefix("<!DOCTYPE html>\n<html lang=\"es\">"))
        #expect(
            html.output.contains(
                "Falta que Gobierno del Estado de Zacatecas entregue $800,000.00 MXN: lo comprometió el 22 abr 2024, hace 945 días."))
        let xml = try cli.run(["statement", "municipality", "MUN-HUERTAS", "--format", "xml", "--as-of", "2026-11-23"])
        #expect(xml.output.contains("<arrear role=\"state\" since=\"2024-04-22\" days=\"945\">"))
        let text = try cli.run(["statement", "club", "CLUB-CANON-LA", "--lang", "en"])
        #expect(text.output.contains("Fund balance"))
        let missing = try cli.run(["statement", "club", "NOBODY"])
        #expect(missing.status != 0)
    }

    @Test func theWholePortfolioAndOneProjectExportAsValidIATI() throws {
        let cli = Self.published.cli
        let schema = CLI.repositoryRoot.appendingPathComponent("Templates/Files/iati/iati-activities-schema.xsd").path
        let whole = cli.folder.appendingPathComponent("iati.xml").path
        let exported = try cli.run(["export", "iati", "--out", whole, "--publisher-prefix", "XM-EXAMPLE"])
        #expect(exported.status == 0, "\(exported.errors)")
        #expect(exported.output.contains("12 IATI 2.03 activities"))
        #expect(try cli.shell("xmllint --noout --schema '\(schema)' '\(whole)'").status == 0)
        let one = cli.folder.appendingPathComponent("one.xml").path
        #expect(try cli.run(["export", "iati", "--out", one, "--publisher-prefix", "XM-EXAMPLE", "--project", "3X1-2024-007"]).status == 0)
        #expect(try cli.shell("xmllint --noout --schema '\(schema)' '\(one)'").status == 0)
        let text = try String(contentsOfFile: one, encoding: .utf8)
        #expect(text.components(separatedBy: "<iati-activity ").count == 2)
        // Incoming funds less refunds equal what the project kept: the cancelled centre gave back 780,000.
        let values = try Regex(
            "<transaction-type code=\"1\"/>\\s*<transaction-date iso-date=\"[0-9-]+\"/>\\s*<value currency=\"MXN\" value-date=\"[0-9-]+\">(-?[0-9.]+)</value>"
        )
        let incoming = text.matches(of: values).map { Decimal(string: String($0.output[1].substring!))! }.reduce(0, +)
        let shown = try CLI.json(try cli.run(["show", "3X1-2024-007", "--format", "json"]).output)
        let received = Decimal(string: (shown["totalReceived"] as! [String: String])["amount"]!)!
        let refunded = Decimal(string: (shown["totalRefunded"] as! [String: String])["amount"]!)!
        #expect(incoming == received - refunded)
        let refused = try cli.run(["export", "iati", "--out", cli.folder.appendingPathComponent("x.xml").path])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("--publisher-prefix"))
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("x.xml").path))
    }

    /// "1234567.89" as "1,234,567.89".
    static func grouped(_ decimal: String) -> String {
        let parts = decimal.split(separator: ".")
        var digits = String(parts[0])
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return groups.joined(separator: ",") + "." + parts[1]
    }
}
