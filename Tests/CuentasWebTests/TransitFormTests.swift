import CuentasCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CuentasWeb

/// The two sides of a sending in the web app: the club's treasurer records it, the municipality's official sees it in
/// transit and confirms its arrival; neither can record the other side's part.
@Suite struct TransitFormTests {
    static func fundedFixture() throws -> WebFixture {
        let fixture = try WebFixture()
        try fixture.store.record(
            MovementDraft(
                occurredOn: WebFixture.date("2026-11-01"), recordedBy: "setup", note: "",
                body: .donation(
                    Donation(
                        clubID: WebFixture.id("CLUB-A"), amount: Money(minorUnits: 5_000_00, currency: .usDollar), source: .event("Baile")))
            ))
        return fixture
    }

    static func fields(_ form: Browser.Page, _ values: [String: String]) -> [(String, String)] {
        var fields = values
        fields["csrf"] = form.csrf ?? ""
        fields["submission"] = form.input("submission") ?? ""
        if let club = form.input("club") { fields["club"] = club }
        return fields.sorted { $0.key < $1.key }
    }

    @Test func theTreasurerSendsAndTheOfficialConfirmsTheArrival() async throws {
        let fixture = try Self.fundedFixture()
        try await fixture.application().test(.router) { client in
            let treasurer = Browser(client)
            try await treasurer.signIn("tesorera-a")
            let form = try await treasurer.get("/app/record/sending")
            #expect(form.status == .ok)
            let sent = try await treasurer.post(
                "/app/record/sending",
                Self.fields(
                    form,
                    [
                        "date": "2026-11-20", "project": "P-A", "sent_amount": "1000.00", "fee": "12.00", "exchange_rate": "17.50",
                        "rate_source": "Cotización", "provider": "Remesas Uno", "reference": "MTCN-77",
                    ]))
            #expect(sent.status == .ok, "\(sent.text)")
            #expect(sent.html.contains("sending of US$1,000.00 from the fund of Club A to project P-A"), "\(sent.text)")
            let home = try await treasurer.get("/app")
            #expect(home.html.contains("Sendings in transit") && home.html.contains("Remesas Uno"))
            // Sent on 20 November 2026: past the 10 days (the start page counts to today, 3 December 2026 or later).
            #expect(home.html.contains("not confirmed after 10 days: ask the bank or the municipality"), "\(home.text)")
        }
        let sending = try #require(try fixture.store.movements().last)
        #expect(sending.body.kind == .sending)
        #expect(try fixture.store.check().state.clubFunds[WebFixture.id("CLUB-A")]?.inTransitMinorUnits == 1_000_00)
        try await fixture.application().test(.router) { client in
            let official = Browser(client)
            try await official.signIn("oficial-a")
            let home = try await official.get("/app")
            #expect(home.html.contains("Sendings in transit") && home.html.contains("Remesas Uno"))
            #expect(home.html.contains("confirm the arrival, or tell the club"), "\(home.text)")
            let form = try await official.get("/app/record/arrival")
            #expect(form.status == .ok)
            #expect(form.html.contains("<option value=\"\(sending.id)\""), "\(form.text)")
            let done = try await official.post(
                "/app/record/arrival",
                Self.fields(
                    form,
                    [
                        "date": "2026-11-22", "sending": "\(sending.id)", "received_amount": "17500.00", "reference": "EDO-CTA-11",
                    ]))
            #expect(done.status == .ok, "\(done.text)")
            #expect(done.html.contains("arrival of MX$17,500.00 from sending #\(sending.id) of Club A to project P-A"), "\(done.text)")
        }
        let state = try fixture.store.check().state
        #expect(state.clubFunds[WebFixture.id("CLUB-A")]?.inTransitMinorUnits == 0)
        #expect(state.balance(.received(WebFixture.id("P-A"), WebFixture.id("CLUB-A"))) == 17_500_00)
    }

    @Test func eachSideIsRefusedTheOthersForm() async throws {
        let fixture = try Self.fundedFixture()
        let before = fixture.movementCount
        try await fixture.application().test(.router) { client in
            let treasurer = Browser(client)
            try await treasurer.signIn("tesorera-a")
            #expect(try await treasurer.get("/app/record/arrival").status == .forbidden)
            let official = Browser(client)
            try await official.signIn("oficial-a")
            #expect(try await official.get("/app/record/sending").status == .forbidden)
        }
        #expect(fixture.movementCount == before)
    }
}
