import CuentasCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CuentasWeb

/// The treasurer's receipts: the link given when a donation is recorded, the receipt page with the address of its
/// public page and its QR code, look-ups by code (a mistyped one explained), and who may see them.
@Suite struct ReceiptPageTests {
    /// Records a donation through the treasurer's form and returns the receipt code the answer links to.
    static func donate(_ treasurer: Browser) async throws -> ReceiptCode {
        let form = try await treasurer.get("/app/record/donation")
        let done = try await treasurer.post(
            "/app/record/donation",
            [
                ("csrf", form.csrf ?? ""), ("submission", form.input("submission") ?? ""), ("amount", "50.00"), ("event", "Kermés"),
                ("date", "2026-11-20"),
            ])
        #expect(done.status == .ok, "\(done.text)")
        let link = try #require(done.html.firstMatch(of: /href="\/app\/receipts\/([0-9A-Z*~$=]{10})"/), "\(done.text)")
        let code = try ReceiptCode(parsing: String(link.1))
        #expect(done.html.contains("Receipt \(code.text) for the giver"), "\(done.text)")
        return code
    }

    @Test func theTreasurerPrintsTheReceiptWithItsAddressAndQRCode() async throws {
        let fixture = try WebFixture()
        try await fixture.application(baseURL: "https://cuentas.example.org/").test(.router) { client in
            let treasurer = Browser(client)
            try await treasurer.signIn("tesorera-a")
            let code = try await Self.donate(treasurer)
            let page = try await treasurer.get("/app/receipts/\(code.compact)")
            #expect(page.status == .ok, "\(page.text)")
            #expect(page.html.contains("Where did my money go?"))
            #expect(page.html.contains(code.text))
            #expect(page.html.contains("Your donation of US$50.00 on Nov 20, 2026 to Club A."), "\(page.text)")
            #expect(
                page.html.contains("All of it is still in the club&#39;s fund")
                    || page.html.contains("All of it is still in the club's fund"), "\(page.text)")
            #expect(page.html.contains("https://cuentas.example.org/r/"))
            #expect(page.html.contains("<svg class=\"qr\""))
            let home = try await treasurer.get("/app")
            #expect(home.html.contains("href=\"/app/receipts\""))
        }
    }

    @Test func aCodeIsLookedUpAndAMistypedOneExplained() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            let treasurer = Browser(client)
            try await treasurer.signIn("tesorera-a")
            let code = try await Self.donate(treasurer)
            let lookup = try await treasurer.get("/app/receipts")
            #expect(lookup.status == .ok)
            // The club's latest donations, each linked to its receipt (how a treasurer finds an imported donation's code).
            #expect(lookup.html.contains("Latest donations and their receipts"), "\(lookup.text)")
            #expect(lookup.html.contains("href=\"/app/receipts/\(code.compact)\""), "\(lookup.text)")
            let found = try await treasurer.post("/app/receipts", [("csrf", lookup.csrf ?? ""), ("code", code.text.lowercased())])
            #expect(found.status == .seeOther && found.location == "/app/receipts/\(code.compact)")
            var typed = Array(code.compact)
            typed.swapAt(0, 9)
            if typed == Array(code.compact) { typed[0] = typed[0] == "7" ? "8" : "7" }
            let wrong = try await treasurer.post("/app/receipts", [("csrf", lookup.csrf ?? ""), ("code", String(typed))])
            #expect(wrong.status == .unprocessableContent, "\(wrong.text)")
            #expect(wrong.text.contains("receipt code") && wrong.text.contains(String(typed)), "\(wrong.text)")
            // Without a base address, the page says where its public page will be.
            let page = try await treasurer.get("/app/receipts/\(code.compact)")
            #expect(
                page.html.contains("appears with the site&#39;s next publication, at /r/")
                    || page.html.contains("next publication, at /r/"), "\(page.text)")
            #expect(!page.html.contains("<svg class=\"qr\""))
            let year = try await treasurer.get("/app/receipts/member/CLUB-A/1/2026")
            #expect(year.status == .ok && year.html.contains("No donation of this member in that year."), "\(year.text)")
        }
    }

    @Test func onlyTheClubsTreasurerAndAuditorsSeeItsReceipts() async throws {
        let fixture = try WebFixture()
        let recorded = try fixture.store.record(
            MovementDraft(
                occurredOn: WebFixture.date("2026-11-01"), recordedBy: "setup", note: "",
                body: .donation(
                    Donation(
                        clubID: WebFixture.id("CLUB-A"), amount: Money(minorUnits: 50_00, currency: .usDollar), source: .event("Baile")))))
        guard case .donation(let donation) = recorded.body, let code = donation.receipt else { Issue.record("no receipt"); return }
        let path = "/app/receipts/\(code.compact)"
        try await fixture.application().test(.router) { client in
            for (name, status) in [("tesorero-b", HTTPResponse.Status.forbidden), ("oficial-a", .forbidden), ("auditora", .ok)] {
                let browser = Browser(client)
                try await browser.signIn(name)
                #expect(try await browser.get(path).status == status, "\(name)")
            }
            let other = Browser(client)
            try await other.signIn("tesorero-b")
            #expect(try await other.get("/app/receipts/member/CLUB-A/1/2026").status == .forbidden)
            #expect(try await other.get("/app/receipts/NOT-A-CODE").status == .notFound)
        }
    }
}
