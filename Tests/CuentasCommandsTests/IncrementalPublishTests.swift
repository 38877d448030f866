import Foundation
import Testing

/// Publishing again into the same folder renders only the statements that the new movements change, and gives
/// exactly the site a publish from scratch gives.
@Suite struct IncrementalPublishTests {
    static func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let file as URL in enumerator where (try file.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[file.path.replacingOccurrences(of: folder.path + "/", with: "")] = try Data(contentsOf: file)
        }
        return files
    }

    /// Publishes into `site` again and returns how many statements were left alone; then checks that the folder is
    /// byte for byte what a publish into an empty folder gives.
    static func republish(_ cli: CLI, _ site: URL, asOf: String = "2026-11-23", step: String) throws -> Int? {
        let result = try cli.run(["publish", "--out", site.path, "--as-of", asOf])
        #expect(result.status == 0, "\(step): \(result.errors)")
        let fresh = cli.folder.appendingPathComponent("fresh-\(UUID().uuidString)")
        #expect(try cli.run(["publish", "--out", fresh.path, "--as-of", asOf]).status == 0)
        let (incremental, scratch) = (try tree(site), try tree(fresh))
        #expect(incremental.keys.sorted() == scratch.keys.sorted(), "\(step)")
        for (path, data) in scratch { #expect(incremental[path] == data, "\(step): \(path) differs") }
        try FileManager.default.removeItem(at: fresh)
        let count = result.output.split(separator: ";").last?.split(separator: " ").first.map(String.init) ?? ""
        return Int(count)
    }

    /// Publishes again (checked against a fresh publish) and returns how many HTML pages it wrote.
    static func pagesWritten(_ cli: CLI, _ site: URL, step: String) throws -> Int {
        let result = try cli.run(["publish", "--out", site.path, "--as-of", "2026-11-23", "--lang", "en"])
        #expect(result.status == 0, "\(step): \(result.errors)")
        let written = try #require(result.output.firstMatch(of: /: ([0-9]+) HTML pages/)).1
        _ = try republish(cli, site, step: step)
        return Int(written)!
    }

    /// A receipt is rendered again only when its donation's path or a project it reached changed: a new donation
    /// writes its own receipt; a progress report writes the receipts that reached that project, and no other of its
    /// clubs' receipts; a transfer writes the receipts it draws on.
    @Test func aRepublishRendersOnlyTheReceiptsThatChanged() throws {
        let cli = try CLI()
        #expect(try cli.shell("cuentas init >/dev/null && bash SampleData/load.sh >/dev/null").status == 0)
        let site = cli.folder.appendingPathComponent("site")
        #expect(try cli.run(["publish", "--out", site.path, "--as-of", "2026-11-23"]).status == 0)
        // The index, the glossary and the state's page in both languages and the language choice (always written: 7), the
        // diaspora's contribution of the country, the state of origin and the federation (always written: they sum clubs
        // across the country; 6), the club's page and its contribution's in both (4), and the new donation's receipt.
        #expect(
            try cli.run(["donation", "--club", "CLUB-MEZQ-LB", "--amount", "75", "--event", "Kermés", "--date", "2026-11-21"]).status == 0)
        let afterDonation = try Self.pagesWritten(cli, site, step: "donation")
        #expect(afterDonation == 7 + 6 + 4 + 1)

        func receipts(reaching title: String, clubs: [String]) throws -> Int {
            var count = 0
            for club in clubs {
                for line in try cli.run(["receipt", "list", "--club", club]).output.split(separator: "\n") {
                    let text = try cli.run(["receipt", String(line.prefix(11)), "--lang", "en", "--as-of", "2026-11-23"]).output
                    if text.contains(title) { count += 1 }
                }
            }
            return count
        }
        let clubs = ["CLUB-CANON-LA", "CLUB-CANON-CHI"]
        let reaching = try receipts(reaching: "Drinking water network in El Tepetate", clubs: clubs)
        let all = try clubs.map { try cli.run(["receipt", "list", "--club", $0]).output.split(separator: "\n").count }.reduce(0, +)
        #expect(reaching > 0 && reaching < all, "\(reaching) of \(all)")
        // The index, the glossary, the state's page and the language choice (7), the contribution's aggregates (6), the
        // project, its two clubs and its municipality (2 pages each: 8), the two clubs' contribution (4), and the receipts
        // that reached it.
        #expect(try cli.run(["progress", "3X1-2024-002", "--percent", "81", "--date", "2026-11-20"]).status == 0)
        let afterProgress = try Self.pagesWritten(cli, site, step: "progress")
        #expect(afterProgress == 7 + 6 + 8 + 4 + reaching)
    }

    @Test func aRepublishWritesOnlyWhatChangedAndEqualsAFreshPublish() throws {
        let cli = try CLI()
        #expect(try cli.shell("cuentas init >/dev/null && bash SampleData/load.sh >/dev/null").status == 0)
        let site = cli.folder.appendingPathComponent("site")
        let publish = ["publish", "--out", site.path, "--as-of", "2026-11-23"]
        #expect(try cli.run(publish).output.contains("; 0 statements unchanged"))
        let nothingNew = try cli.run(publish)
        #expect(nothingNew.output.contains("0 validated XML documents"), "\(nothingNew.output)")
        #expect(nothingNew.output.contains("20 statements unchanged"))

        // A progress report changes its project, the project's two clubs and its municipality: 4 of 20.
        #expect(try cli.run(["progress", "3X1-2024-002", "--percent", "80", "--date", "2026-11-20"]).status == 0)
        #expect(try Self.republish(cli, site, step: "progress") == 16)

        // A donation changes its club only.
        #expect(
            try cli.run(["donation", "--club", "CLUB-MEZQ-LB", "--amount", "75", "--event", "Kermés", "--date", "2026-11-21"]).status == 0)
        #expect(try Self.republish(cli, site, step: "donation") == 19)

        // Reversing the donation changes the same club, whose event line is now marked as corrected.
        let last = try cli.shell("sqlite3 '\(cli.database)' 'SELECT max(id) FROM movement'").output.trimmingCharacters(
            in: .whitespacesAndNewlines)
        #expect(try cli.run(["reverse", last, "--reason", "Registrada dos veces", "--date", "2026-11-22"]).status == 0)
        #expect(try Self.republish(cli, site, step: "reversal") == 19)

        // A sending and its arrival through a provider the program had not used change the club, the project and its
        // municipality; the index's cost per provider counts it as a fresh publish does (compared file by file).
        let sent = try cli.run([
            "sending", "record", "--club", "CLUB-CANON-CHI", "--project", "3X1-2025-011", "--sent", "500", "--fee", "5", "--rate", "18.30",
            "--rate-source", "Cotización", "--market-rate", "18.40", "--provider", "Banco Nuevo", "--reference", "BN-1", "--date",
            "2026-11-21",
        ])
        #expect(sent.status == 0, "\(sent.errors)")
        let sending = try cli.shell("sqlite3 '\(cli.database)' 'SELECT max(id) FROM movement'").output.trimmingCharacters(
            in: .whitespacesAndNewlines)
        let arrived = try cli.run([
            "sending", "arrival", "--sending", sending, "--received", "9150", "--reference", "EDO-BN-1", "--date", "2026-11-22",
        ])
        #expect(arrived.status == 0, "\(arrived.errors)")
        #expect(try Self.republish(cli, site, step: "sending and arrival") == 17)
        #expect(try String(contentsOf: site.appendingPathComponent("en/index.html"), encoding: .utf8).contains("Banco Nuevo"))
        // The arrival undone: the money is in transit again, and the correction is listed (its kind in the XML too).
        #expect(try cli.run(["reverse", "\(Int(sending)! + 1)", "--reason", "Otro envío", "--date", "2026-11-22"]).status == 0)
        #expect(try Self.republish(cli, site, step: "arrival reversed") == 17)

        // A corrected title changes its project, the project's two clubs and its municipality, whose pages show it.
        let corrected = try cli.run([
            "project", "correct", "3X1-2024-002", "--title-es", "Agua potable para El Cañón", "--reason", "Error de captura", "--date",
            "2026-11-22",
        ])
        #expect(corrected.status == 0, "\(corrected.errors)")
        #expect(try Self.republish(cli, site, step: "title") == 16)
        #expect(
            try String(contentsOf: site.appendingPathComponent("es/projects/3X1-2024-002.html"), encoding: .utf8)
                .contains("Agua potable para El Cañón"))

        // A re-programmed budget changes its project, its one club and its municipality.
        let reprogrammed = try cli.run([
            "project", "reprogram", "3X1-2024-003", "--line", "2=1450000", "--line", "3=500000", "--minutes", "Acta COVAM 2026-11",
            "--reason", "Más revestimiento", "--date", "2026-11-22",
        ])
        #expect(reprogrammed.status == 0, "\(reprogrammed.errors)")
        #expect(try Self.republish(cli, site, step: "re-programming") == 17)

        // A new project adds its statement and changes its club and its municipality.
        let added = try cli.run([
            "project", "add", "3X1-2026-013", "--kind", "infrastructure", "--title-es", "Puente peatonal", "--title-en", "Footbridge",
            "--description-es", "Puente de 30 metros.", "--description-en", "A 30-metre bridge.", "--municipality", "MUN-MEZQUITES",
            "--locality", "Los Mezquites", "--club", "CLUB-MEZQ-LB", "--cost", "500000", "--line", "Obra=500000",
            "--proposed-on", "2026-11-01",
        ])
        #expect(added.status == 0, "\(added.errors)")
        #expect(try Self.republish(cli, site, step: "new project") == 18)

        // A page removed by hand comes back.
        try FileManager.default.removeItem(at: site.appendingPathComponent("en/projects/3X1-2023-001.html"))
        #expect(try Self.republish(cli, site, step: "missing page") == 18)

        // Summaries that do not read (a line cut short, then a project the ledger lacks) render everything again.
        let summaries = site.appendingPathComponent(".cuentas-summaries.tsv")
        let lines = try String(contentsOf: summaries, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 13)
        try (lines.dropLast().joined(separator: "\n") + "\n3X1-2024-002\tproposed\n").write(
            to: summaries, atomically: true, encoding: .utf8)
        #expect(try Self.republish(cli, site, step: "short summary") == 0)
        try (String(contentsOf: summaries, encoding: .utf8).replacingOccurrences(of: "3X1-2024-002\t", with: "3X1-2099-999\t"))
            .write(to: summaries, atomically: true, encoding: .utf8)
        #expect(try Self.republish(cli, site, step: "unknown project") == 0)

        // Another date changes every statement.
        #expect(try Self.republish(cli, site, asOf: "2026-11-24", step: "new date") == 0)
    }
}
