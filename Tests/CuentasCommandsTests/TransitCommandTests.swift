import CuentasCore
import CuentasStore
import Foundation
import Testing

/// Sendings and arrivals from the command line and from files: each side's record, all or nothing, a repeat refused.
@Suite struct TransitCommandTests {
    static func fundedLedger() throws -> CLI {
        let cli = try CLI.smallLedger()
        let donated = try cli.run(["donation", "--club", "CLUB", "--amount", "5000", "--event", "Baile", "--date", "2024-03-01"])
        #expect(donated.status == 0, "\(donated.errors)")
        return cli
    }

    @Test func aSendingIsRecordedConfirmedShortAndListedUntilThen() throws {
        let cli = try Self.fundedLedger()
        let sent = try cli.run([
            "sending", "record", "--club", "CLUB", "--project", "P-1", "--sent", "1000", "--fee", "10", "--rate", "17.50",
            "--rate-source", "Cotización", "--market-rate", "17.80", "--provider", "Remesas Uno", "--reference", "MTCN-1",
            "--date", "2024-03-02", "--lang", "en",
        ])
        #expect(sent.status == 0 && sent.output.contains("in transit until the municipality confirms its arrival"), "\(sent.errors)")
        let number = try #require(try LedgerStore.open(path: cli.database).movements().last?.id)
        let listed = try cli.run(["sending", "list", "--club", "CLUB", "--as-of", "2024-03-20", "--lang", "en"])
        #expect(
            listed.output.contains("#\(number)") && listed.output.contains("18 days") && listed.output.contains("NOT CONFIRMED"),
            "\(listed.output)")
        let arrived = try cli.run([
            "sending", "arrival", "--sending", "\(number)", "--received", "17000", "--reference", "EDO-1", "--date", "2024-03-05", "--lang",
            "en",
        ])
        #expect(arrived.status == 0, "\(arrived.errors)")
        #expect(arrived.output.contains("Arrived short: MX$17,500.00 expected; MX$500.00 missing (2.85%)"), "\(arrived.output)")
        #expect(try cli.run(["sending", "list", "--club", "CLUB", "--lang", "en"]).output.contains("Nothing in transit."))
        let again = try cli.run([
            "sending", "arrival", "--sending", "\(number)", "--received", "17000", "--reference", "EDO-2", "--lang", "en",
        ])
        #expect(again.status != 0 && again.errors.contains("was already confirmed or returned"), "\(again.errors)")
        #expect(try cli.run(["check"]).status == 0)
    }

    @Test func sendingsAndArrivalsAreImportedAllOrNothing() throws {
        let cli = try Self.fundedLedger()
        let sendings = cli.folder.appendingPathComponent("sendings.csv")
        try """
        date,club,project,sent_amount,fee,exchange_rate,rate_source,provider,reference,market_rate
        2024-03-02,CLUB,P-1,1000.00,10.00,17.50,Cotización,Remesas Uno,MTCN-1,17.80
        2024-03-03,CLUB,P-1,500.00,8.00,17.40,Cotización,Banco del Norte,WIRE-2,17.80

        """.write(to: sendings, atomically: true, encoding: .utf8)
        let imported = try cli.run(["import", sendings.path, "--lang", "en"])
        #expect(imported.status == 0, "\(imported.errors)")
        let store = try LedgerStore.open(path: cli.database)
        let numbers = try store.movements().filter { $0.body.kind == .sending }.map(\.id)
        #expect(numbers.count == 2)
        let arrivals = cli.folder.appendingPathComponent("arrivals.csv")
        // The second row names the first sending again: nothing of the file is recorded.
        try "date,sending,received_amount,reference\n2024-03-06,\(numbers[0]),17500.00,EDO-1\n2024-03-06,\(numbers[0]),8700.00,EDO-2\n"
            .write(to: arrivals, atomically: true, encoding: .utf8)
        let before = try cli.dump()
        let refused = try cli.run(["import", arrivals.path, "--lang", "en"])
        #expect(refused.status != 0 && refused.errors.contains("line 3") && refused.errors.contains("sending"), "\(refused.errors)")
        #expect(try cli.dump() == before)
        let unknown = cli.folder.appendingPathComponent("unknown.csv")
        try "date,sending,received_amount,reference\n2024-03-06,999,17500.00,EDO-1\n".write(to: unknown, atomically: true, encoding: .utf8)
        let noSending = try cli.run(["import", unknown.path, "--lang", "en"])
        #expect(noSending.status != 0 && noSending.errors.contains("there is no sending #999"), "\(noSending.errors)")
        try "date,sending,received_amount,reference\n2024-03-06,\(numbers[0]),17500.00,EDO-1\n2024-03-07,\(numbers[1]),8700.00,EDO-2\n"
            .write(to: arrivals, atomically: true, encoding: .utf8)
        let confirmed = try cli.run(["import", arrivals.path, "--lang", "en"])
        #expect(confirmed.status == 0, "\(confirmed.errors)")
        // Again: safe, nothing recorded twice.
        let repeated = try cli.run(["import", arrivals.path, "--lang", "en"])
        #expect(repeated.status == 0 && repeated.output.contains("was imported already"), "\(repeated.output)")
        let state = try store.check().state
        #expect(state.clubFunds[PartyID(trusted: "CLUB")]?.inTransitMinorUnits == 0)
        #expect(state.balance(.received(Folio(trusted: "P-1"), PartyID(trusted: "CLUB"))) == 26_200_00)
        let club = try cli.run(["statement", "club", "CLUB", "--lang", "en"]).output
        #expect(club.contains("Cost per provider") && club.contains("Remesas Uno") && club.contains("Banco del Norte"), "\(club)")
    }

    /// The limit after which a sending is flagged is the publisher's choice, and a site published with another limit is
    /// rendered again with it.
    @Test func theUnconfirmedLimitIsConfigurable() throws {
        let cli = try Self.fundedLedger()
        #expect(
            try cli.run([
                "sending", "record", "--club", "CLUB", "--project", "P-1", "--sent", "1000", "--rate", "17.50", "--rate-source", "Banco",
                "--provider", "Banco",
                "--reference", "W-1", "--date", "2024-03-02",
            ]).status == 0)
        let site = cli.folder.appendingPathComponent("site")
        func page() throws -> String { try String(contentsOf: site.appendingPathComponent("en/projects/P-1.html"), encoding: .utf8) }
        #expect(try cli.run(["publish", "--out", site.path, "--as-of", "2024-03-20"]).status == 0)
        #expect(try page().contains("is not confirmed: 18 days in transit"))
        #expect(try cli.run(["publish", "--out", site.path, "--as-of", "2024-03-20", "--unconfirmed-after", "30"]).status == 0)
        #expect(try !page().contains("is not confirmed"))
        #expect(try page().contains("in transit"))
        let refused = try cli.run(["publish", "--out", site.path, "--unconfirmed-after", "0"])
        #expect(refused.status != 0 && refused.errors.contains("between 1 and 365"), "\(refused.errors)")
        let listed = try cli.run([
            "sending", "list", "--club", "CLUB", "--as-of", "2024-03-20", "--unconfirmed-after", "30", "--lang", "en",
        ])
        #expect(listed.output.contains("18 days") && !listed.output.contains("NOT CONFIRMED"), "\(listed.output)")
    }
}
