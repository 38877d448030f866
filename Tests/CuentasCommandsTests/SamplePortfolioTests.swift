import Foundation
import Testing

/// The sample portfolio loads through the real commands, passes check, and shows what it was built to show.
@Suite struct SamplePortfolioTests {
    @Test func theSampleLoadsAndShowsItsStories() throws {
        let cli = try CLI()
        let loaded = try cli.shell("cuentas init >/dev/null && bash SampleData/load.sh")
        #expect(loaded.status == 0, "\(loaded.errors)")
        #expect(try cli.run(["check"]).status == 0)

        let projects =
            try JSONSerialization.jsonObject(with: Data(try cli.run(["project", "list", "--format", "json"]).output.utf8))
            as! [[String: Any]]
        #expect((10...15).contains(projects.count))
        #expect(
            Set(projects.compactMap { $0["kind"] as? String }) == [
                "infrastructure", "agriculture", "commercialization", "scholarship", "community-services", "education",
            ])
        #expect(
            Set(projects.compactMap { $0["status"] as? String }) == [
                "proposed", "approved", "rejected", "in-execution", "completed", "closed", "cancelled",
            ])

        // The state has not paid its share of the road for months.
        let road = try CLI.json(try cli.run(["show", "3X1-2024-003", "--format", "json", "--as-of", "2026-11-23"]).output)
        let state = try #require((road["parties"] as? [[String: Any]])?.first { $0["role"] as? String == "state" })
        #expect((state["outstanding"] as? [String: String])?["amount"] == "800000.00")
        #expect(state["daysOutstanding"] as? Int == 945)

        // The water network is over its federal cap.
        let water = try CLI.json(try cli.run(["show", "3X1-2024-002", "--format", "json"]).output)
        let federal = try #require((water["parties"] as? [[String: Any]])?.first { $0["role"] as? String == "federal" })
        #expect((federal["committed"] as? [String: String])?["amount"] == "1000000.00")

        // The cancelled community centre gave back what it had not spent.
        let centre = try CLI.json(try cli.run(["show", "3X1-2024-007", "--format", "json"]).output)
        #expect(centre["status"] as? String == "cancelled")
        #expect((centre["totalRefunded"] as? [String: String])?["amount"] == "780000.00")
        #expect((centre["balanceOnHand"] as? [String: String])?["amount"] == "0.00")

        // The municipality sees the late state and the project whose progress diverges.
        let municipality = try CLI.json(try cli.run(["show", "MUN-HUERTAS", "--format", "json", "--as-of", "2026-11-23"]).output)
        #expect(municipality["divergentProjects"] as? [String] == ["3X1-2026-012"])

        // Clubs send with fees in the range of the US-Mexico corridor.
        let club = try CLI.json(try cli.run(["show", "CLUB-CANON-LA", "--format", "json"]).output)
        let cost = try #require((club["remittances"] as? [[String: Any]])?.first?["totalCostBasisPoints"] as? Int)
        #expect((300...600).contains(cost))

        try expectTheGeneratorsSharesAreThePrograms(cli)
    }
}

/// `show` and `statement` of one project, club or municipality read only the movements that can affect it; each must
/// be exactly what `statement all`, from one replay of the whole ledger, prints for it.
@Suite struct ProjectShowTests {
    @Test func everyStatementFromItsOwnPartOfTheLedgerIsTheWholeLedgersStatement() throws {
        let cli = try CLI()
        let loaded = try cli.shell("cuentas init >/dev/null && bash SampleData/load.sh")
        #expect(loaded.status == 0, "\(loaded.errors)")
        let projects =
            try JSONSerialization.jsonObject(with: Data(try cli.run(["project", "list", "--format", "json"]).output.utf8))
            as! [[String: Any]]
        let folios = projects.compactMap { $0["folio"] as? String }.sorted()
        #expect(folios.count == 12)
        let whole = try cli.run(["statement", "all", "--as-of", "2026-11-23"])
        #expect(whole.status == 0, "\(whole.errors)")
        var oneByOne = ""
        for folio in folios {
            let statement = try cli.run(["statement", "project", folio, "--format", "text", "--as-of", "2026-11-23"])
            let own = try cli.run(["show", folio, "--as-of", "2026-11-23"])
            #expect(statement.status == 0 && own.status == 0)
            #expect(own.output == statement.output + "\n" || own.output == statement.output, "\(folio) differs")
            oneByOne += statement.output
        }
        let clubs = ["CLUB-CANON-CHI", "CLUB-CANON-LA", "CLUB-HUERTAS-AUR", "CLUB-HUERTAS-SA", "CLUB-MEZQ-LB"]
        for (subject, ids) in [("club", clubs), ("municipality", ["MUN-CANON", "MUN-HUERTAS", "MUN-MEZQUITES"])] {
            for id in ids {
                let statement = try cli.run(["statement", subject, id, "--as-of", "2026-11-23"])
                #expect(statement.status == 0, "\(statement.errors)")
                oneByOne += statement.output
            }
        }
        #expect(whole.output == oneByOne)
        #expect(whole.output.contains("Club Mezquiteños de Long Beach"))
        #expect(whole.errors.contains("20 statements (projects + clubs + municipalities: 12 + 5 + 3)"))
        #expect(try cli.run(["statement", "all", "3X1-2024-002"]).status != 0)
        #expect(try cli.run(["statement", "project"]).errors.contains("missing"))
    }
}

/// `SampleData/generate_portfolio.py` chooses deposit and transfer amounts from the shares it expects each party to
/// pledge, and writes those shares to `reference/pledges-assumed.csv`; the program computes its own from the scheme
/// files when a project is approved. They must be the same, so the Python cannot drift from the program's rules.
/// (Called by the test that loads the sample, so that the sample is loaded once.)
func expectTheGeneratorsSharesAreThePrograms(_ cli: CLI) throws {
    let file = CLI.repositoryRoot.appendingPathComponent("SampleData/reference/pledges-assumed.csv")
    let assumed = try String(contentsOf: file, encoding: .utf8)
    var expected: [String: [String: String]] = [:]
    for line in assumed.split(separator: "\n").dropFirst() {
        let cells = line.split(separator: ",").map(String.init)
        try #require(cells.count == 3, "\(line)")
        expected[cells[0], default: [:]][cells[1]] = cells[2]
    }
    #expect(expected.count >= 8)
    // Every project of the sample: one the script expected no pledges for must have none in the program either.
    let list = try JSONSerialization.jsonObject(with: Data(try cli.run(["project", "list", "--format", "json"]).output.utf8))
    let folios = try #require(list as? [[String: Any]]).compactMap { $0["folio"] as? String }
    #expect(Set(expected.keys).isSubset(of: Set(folios)) && folios.count > expected.count)
    for folio in folios {
        let pledges = expected[folio] ?? [:]
        let project = try CLI.json(try cli.run(["show", folio, "--format", "json"]).output)
        let parties = try #require(project["parties"] as? [[String: Any]])
        var computed: [String: String] = [:]
        for party in parties {
            guard let code = party["party"] as? String, let amount = (party["committed"] as? [String: String])?["amount"],
                amount != "0.00"
            else { continue }
            computed[code] = amount
        }
        #expect(computed == pledges, "\(folio)")
    }
}
