import CuentasCore
import CuentasRender
import CuentasStore
import Foundation
import Testing

/// A member's donation followed on the command line and on its published page: `cuentas receipt CODE`, a mistyped
/// code caught, the member's year, and the page found only through the code.
@Suite struct ReceiptCommandTests {
    /// A member's US$50 and an event's US$5,000, then one transfer of US$5,000 (fee US$25) that draws on both, a payment
    /// and a progress report. The club pledged 100,000 of the 400,000 pesos: each club peso is matched by three.
    static func ledger() throws -> (CLI, ReceiptCode) {
        let cli = try CLI.smallLedger()
        #expect(try cli.run(["member", "add", "--club", "CLUB", "--name", "Rosa"]).status == 0)
        let given = try cli.run(["donation", "--club", "CLUB", "--amount", "50", "--member", "1", "--date", "2025-03-01", "--lang", "en"])
        #expect(given.status == 0, "\(given.errors)")
        let line = try #require(given.output.split(separator: "\n").first { $0.hasPrefix("Receipt ") })
        let code = try ReceiptCode(parsing: String(line.dropFirst("Receipt ".count).prefix(11)))
        let steps: [[String]] = [
            ["donation", "--club", "CLUB", "--amount", "5000", "--event", "Kermés", "--date", "2025-03-02"],
            [
                "transfer", "--club", "CLUB", "--project", "P-1", "--sent", "5000", "--fee", "25", "--rate", "17.00", "--rate-source",
                "Banco",
                "--reference", "W-1", "--date", "2025-04-15",
            ],
            [
                "pay", "P-1", "--line", "1", "--payee", "Constructora", "--tax-id", "CON010101AB1", "--amount", "60000",
                "--invoice", "6f9619ff-8b86-d011-b42d-00c04fc964ff", "--date", "2025-04-20",
            ],
            ["progress", "P-1", "--percent", "70", "--date", "2025-05-01"],
        ]
        for step in steps {
            let result = try cli.run(step)
            #expect(result.status == 0, "\(step): \(result.errors)")
        }
        return (cli, code)
    }

    @Test func aReceiptSaysWhereTheDonationWent() throws {
        let (cli, code) = try Self.ledger()
        let shown = try cli.run(["receipt", code.compact.lowercased(), "--as-of", "2025-06-01", "--lang", "en"])
        #expect(shown.status == 0, "\(shown.errors)")
        let text = shown.output
        #expect(text.contains("Receipt code: \(code.text)"))
        #expect(text.contains("Your donation of US$50.00 on Mar 1, 2025 to Club <b>Unidos</b>."), "\(text)")
        #expect(text.contains("Member number 1."))
        // 50.00 of the 5,025.00 the transfer took: 0.25 of its fee, MX$845.77 of the MX$85,000.00 that arrived; with the
        // others' match (400,000 over the club's 100,000) about US$199.00 of project money.
        #expect(
            text.contains(
                "US$50.00 of it travelled in the transfer of Apr 15, 2025 to “Work” (US$0.25 paid the transfer's fee); MX$845.77 of it arrived"
            ), "\(text)")
        #expect(text.contains("it became about US$199.00 of project money (MX$3,383.08)"), "\(text)")
        #expect(text.contains("The project is 70% built (report of May 1, 2025) and has paid MX$60,000.00 against invoices."), "\(text)")
        #expect(!text.contains("still in the club's fund"))
        let spanish = try cli.run(["receipt", code.text, "--as-of", "2025-06-01", "--lang", "es"])
        #expect(spanish.output.contains("viajó en la transferencia del"), "\(spanish.output)")
    }

    @Test func aMistypedCodeIsCaughtAndAnUnknownOneNamed() throws {
        let (cli, code) = try Self.ledger()
        var typed = Array(code.compact)
        typed[3] = typed[3] == "7" ? "8" : "7"
        let wrong = try cli.run(["receipt", String(typed), "--lang", "en"])
        #expect(wrong.status != 0)
        #expect(wrong.errors.contains("does not check: one character is mistyped or two are swapped"), "\(wrong.errors)")
        let short = try cli.run(["receipt", "ABC", "--lang", "en"])
        #expect(short.errors.contains("has 3 letters and digits; a receipt code has 10"), "\(short.errors)")
        // A code that checks but no donation carries.
        var other = code
        while other == code { other = ReceiptCode.random() }
        let unknown = try cli.run(["receipt", other.text, "--lang", "en"])
        #expect(unknown.status != 0 && unknown.errors.contains("no donation carries receipt \(other.text)"), "\(unknown.errors)")
    }

    @Test func aMembersYearListsTheirDonationsWithTheirCodes() throws {
        let (cli, code) = try Self.ledger()
        let year = try cli.run([
            "receipt", "member", "--club", "CLUB", "--member", "1", "--year", "2025", "--as-of", "2025-06-01", "--lang", "en",
        ])
        #expect(year.status == 0, "\(year.errors)")
        #expect(year.output.contains("Total for the year: US$50.00 in 1 donations."), "\(year.output)")
        #expect(year.output.contains("Receipt code: \(code.text)"))
        let none = try cli.run(["receipt", "member", "--club", "CLUB", "--member", "1", "--year", "2024", "--lang", "en"])
        #expect(none.output.contains("No donation of this member in that year."))
        let list = try cli.run(["receipt", "list", "--club", "CLUB", "--lang", "en"])
        #expect(list.output.split(separator: "\n").count == 2)
        #expect(list.output.contains("\(code.text)  #"))
    }

    @Test func thePublishedReceiptIsFoundOnlyThroughItsCodeAndNamesNoMember() throws {
        let (cli, code) = try Self.ledger()
        let site = cli.folder.appendingPathComponent("site")
        let published = try cli.run(["publish", "--out", site.path, "--as-of", "2025-06-01", "--base-url", "https://cuentas.example.org"])
        #expect(published.status == 0, "\(published.errors)")
        let path = SitePath.receipt(code)
        #expect(path.hasPrefix("r/") && !path.contains(code.compact))
        let page = try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
        #expect(page.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"))
        #expect(page.contains("href=\"https://cuentas.example.org/\(path)\""))
        #expect(page.contains("<svg class=\"qr\""))
        #expect(page.contains("href=\"https://cuentas.example.org/es/projects/P-1.html\""))
        #expect(page.contains("lang=\"es\"") && page.contains("lang=\"en\""))
        #expect(page.contains("MX$845.77") && page.contains("$845.77 MXN"))
        #expect(!page.contains("Member number") && !page.contains("Socio número") && !page.contains("Rosa"))
        // Linked from no other page.
        let enumerator = FileManager.default.enumerator(at: site, includingPropertiesForKeys: nil)!
        for case let file as URL in enumerator where file.pathExtension == "html" && !file.path.contains("/r/") {
            #expect(!(try String(contentsOf: file, encoding: .utf8)).contains(path), "\(file.lastPathComponent)")
        }
        let bad = try cli.run(["publish", "--out", site.path, "--base-url", "javascript:alert(1)", "--lang", "en"])
        #expect(bad.status != 0 && bad.errors.contains("expected an http:// or https:// address"))
    }
}
