import Foundation
import Testing

/// The diaspora's contribution as published (CSV and pages) equals the ledger to the centavo, checked against sums
/// SQLite computes from the movement table itself: another path through the same data.
@Suite struct ContributionTests {
    static var published: (cli: CLI, site: URL) { PublishedSiteTests.published }

    /// "year,currency" -> the CSV row's cells by column name, for one scope.
    static func rows(level: String, code: String) throws -> [String: [String: String]] {
        let text = try String(contentsOf: published.site.appendingPathComponent("data/contribution.csv"), encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = lines[0]
        var rows: [String: [String: String]] = [:]
        for cells in lines.dropFirst() where cells.count == header.count && cells[0] == level && cells[1] == code {
            let row = Dictionary(uniqueKeysWithValues: zip(header, cells))
            rows["\(row["year"]!),\(row["currency"]!)"] = row
        }
        return rows
    }

    /// "year" -> decimal text of the minor units SQLite sums, and "all".
    static func sums(_ select: String) throws -> [String: String] {
        let query = "SELECT substr(m.occurredOn, 1, 4), sum(\(select)) FROM movement m \(Self.live) GROUP BY 1"
        var result: [String: String] = [:]
        var all = 0
        // Other tests read the same ledger with the program at the same time, and a read may keep a summary (a short
        // write): sqlite3 waits for it (.timeout) instead of failing, and a failure fails the test instead of
        // counting as no money.
        let answer = try published.cli.shell("sqlite3 -cmd '.timeout 10000' '\(published.cli.database)' \"\(query)\"")
        try #require(answer.status == 0, "sqlite3: \(answer.errors)")
        for line in answer.output.split(separator: "\n") {
            let parts = line.split(separator: "|")
            guard parts.count == 2, let value = Int(parts[1]) else { continue }
            result[String(parts[0])] = decimal(value)
            all += value
        }
        result["all"] = decimal(all)
        return result
    }

    /// Movements in force: not reversed.
    static let live = "WHERE NOT EXISTS (SELECT 1 FROM movement r WHERE r.kind = 'reversal' AND r.reversesId = m.id)"

    static func decimal(_ minor: Int) -> String { "\(minor / 100).\(minor % 100 < 10 ? "0" : "")\(minor % 100)" }

    @Test func theCountryEqualsTheLedgerToTheCentavo() throws {
        let country = try Self.rows(level: "country", code: "")
        let raised = try Self.sums("CASE WHEN m.kind = 'donation' AND m.currency = 'USD' THEN m.amountMinorUnits END")
        // What reached the works from the clubs: one-step transfers, arrivals of sendings, a club's own deposits.
        let clubMoney = "m.partyId IN (SELECT id FROM party WHERE kind = 'club')"
        let sent = try Self.sums(
            """
            CASE WHEN m.kind IN ('transfer', 'deposit') AND \(clubMoney) THEN m.sentMinorUnits \
            WHEN m.kind = 'arrival' THEN (SELECT s.sentMinorUnits FROM movement s WHERE s.id = m.settlesId) END
            """)
        let fees = try Self.sums(
            """
            CASE WHEN m.kind IN ('transfer', 'deposit') AND \(clubMoney) THEN m.feeMinorUnits \
            WHEN m.kind = 'arrival' THEN (SELECT s.feeMinorUnits FROM movement s WHERE s.id = m.settlesId) END
            """)
        let delivered = try Self.sums("CASE WHEN m.kind IN ('transfer', 'deposit', 'arrival') AND \(clubMoney) THEN m.amountMinorUnits END")
        let government = try Self.sums(
            """
            CASE WHEN m.kind = 'deposit' AND m.partyId IN (SELECT id FROM party WHERE kind = 'government') \
            AND m.folio IN (SELECT folio FROM projectClub) THEN m.amountMinorUnits END
            """)
        #expect(raised["all"] != "0.00" && government["all"] != "0.00")
        for (year, value) in raised where value != "0.00" { #expect(country["\(year),USD"]?["raised"] == value, "raised \(year)") }
        for (year, value) in sent where value != "0.00" { #expect(country["\(year),USD"]?["sent"] == value, "sent \(year)") }
        for (year, value) in fees where value != "0.00" { #expect(country["\(year),USD"]?["fees"] == value, "fees \(year)") }
        for (year, value) in delivered where value != "0.00" {
            #expect(country["\(year),MXN"]?["received_by_works"] == value, "received by works \(year)")
        }
        for (year, value) in government where value != "0.00" {
            #expect(country["\(year),MXN"]?["received_from_governments"] == value, "from governments \(year)")
        }
        // The page says the same totals.
        let page = try String(contentsOf: Self.published.site.appendingPathComponent("en/contribution/index.html"), encoding: .utf8)
        #expect(page.contains("US$\(PublishedSiteTests.grouped(raised["all"]!))"))
        #expect(page.contains("MX$\(PublishedSiteTests.grouped(government["all"]!))"))
    }

    /// Every club adds up to its federation, every federation to its state, every state to the country: no peso
    /// counted twice, none lost (a project's government money is shared among its clubs to the centavo).
    @Test func thePartsAddUpToTheWhole() throws {
        let text = try String(contentsOf: Self.published.site.appendingPathComponent("data/contribution.csv"), encoding: .utf8)
        let lines = text.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        func cents(_ cell: String) -> Int {
            guard !cell.isEmpty else { return 0 }
            let parts = cell.split(separator: ".")
            return Int(parts[0])! * 100 + Int(parts[1])!
        }
        // level -> "year,currency" -> sums of raised, sent, fees, received by works, from governments.
        var totals: [String: [String: [Int]]] = [:]
        for cells in lines where cells.count == 15 {
            let key = "\(cells[3]),\(cells[4])"
            let values = [5, 6, 7, 12, 13].map { cents(cells[$0]) }
            let level = cells[0] == "no-federation" ? "federation" : cells[0]
            totals[level, default: [:]][key] = zip(totals[level]?[key] ?? [0, 0, 0, 0, 0], values).map(+)
        }
        #expect(totals["club"] != nil && !(totals["country"] ?? [:]).isEmpty)
        for level in ["state", "federation", "club"] {
            #expect(totals[level] == totals["country"], "\(level)s add up to the country")
        }
    }
}
