import CuentasCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// An official may name a club of another municipality only as a proposal: none of that club's money is pledged until
/// the club's own treasurer accepts in the app.
@Suite struct SponsorshipTests {
    static func project(_ form: Browser.Page, folio: String, clubs: String) -> [(String, String)] {
        [
            ("csrf", form.csrf ?? ""), ("submission", form.input("submission") ?? ""), ("folio", folio), ("kind", "education"),
            ("title_es", "Aulas"), ("title_en", "Classrooms"), ("municipality", "MUN-A"), ("locality", "Centro"),
            ("clubs", clubs), ("cost", "200000.00"), ("lines", "Obra=150000|Mobiliario=50000"), ("proposed_on", "2026-11-01"),
        ]
    }

    static func approval(_ form: Browser.Page, folio: String) -> [(String, String)] {
        [
            ("csrf", form.csrf ?? ""), ("submission", form.input("submission") ?? ""), ("date", "2026-11-20"), ("project", folio),
            ("scheme", "3x1-classic"), ("session_date", "2026-11-20"), ("minutes", "ACTA-9"),
        ]
    }

    @Test(arguments: ServedStore.all) func anotherTownsClubIsOnlyProposedUntilItsTreasurerAccepts(store: ServedStore) async throws {
        let fixture = try await WebFixture.on(store)
        try await fixture.application().test(.router) { client in
            let official = Browser(client)
            try await official.signIn("oficial-a")
            // CLUB-B sponsors only P-B, in MUN-B: naming it in MUN-A is a proposal.
            let added = try await official.post(
                "/app/record/project", Self.project(try await official.get("/app/record/project"), folio: "P-X", clubs: "CLUB-B"))
            #expect(added.status == .ok, "\(added.text)")
            #expect(added.html.contains("Club CLUB-B sponsors no other project in this municipality"), "\(added.text)")
            let before = await fixture.servedMovementCount
            let refused = try await official.post(
                "/app/record/approval", Self.approval(try await official.get("/app/record/approval"), folio: "P-X"))
            #expect(refused.status == .unprocessableContent)
            #expect(
                refused.html.contains("club CLUB-B was proposed as a sponsor and its treasurer has not accepted yet"), "\(refused.text)")
            #expect(await fixture.servedMovementCount == before)

            // No page says the club supports a project it has not accepted: not its statement, not the project's.
            let treasurerBEarly = Browser(client)
            try await treasurerBEarly.signIn("tesorero-b")
            #expect(!(try await treasurerBEarly.get("/app/live/en/clubs/CLUB-B.html").html.contains("P-X")))
            let statement = try await official.get("/app/live/en/projects/P-X.html")
            #expect(statement.status == .ok)
            #expect(
                statement.html.contains("Classrooms") && !statement.html.contains("Club B"), "a proposed club is not shown as a sponsor")

            // Another club's treasurer cannot accept for it.
            let treasurerA = Browser(client)
            let homeA = try await treasurerA.signIn("tesorera-a")
            let notTheirs = try await treasurerA.post("/app/sponsorships/P-X/accept", [("csrf", homeA.csrf ?? "")])
            #expect(notTheirs.status == .forbidden)

            let treasurerB = Browser(client)
            let homeB = try await treasurerB.signIn("tesorero-b")
            #expect(homeB.html.contains("Awaiting your acceptance"), "\(homeB.text)")
            #expect(homeB.html.contains(#"action="/app/sponsorships/P-X/accept""#))
            let accepted = try await treasurerB.post("/app/sponsorships/P-X/accept", [("csrf", homeB.csrf ?? "")])
            #expect(accepted.status == .ok)
            #expect(accepted.html.contains("The club sponsors project P-X"), "\(accepted.text)")
            #expect(try await treasurerB.get("/app").html.contains("Accepted"))
            #expect(try await treasurerB.get("/app/live/en/clubs/CLUB-B.html").html.contains("P-X"))
            #expect(try await official.get("/app/live/en/projects/P-X.html").html.contains("Club B"))

            let approved = try await official.post(
                "/app/record/approval", Self.approval(try await official.get("/app/record/approval"), folio: "P-X"))
            #expect(approved.status == .ok, "\(approved.text)")
            #expect(await fixture.servedMovementCount > before)
        }
        let pledges = try await fixture.onServed { try $0.projectState(WebFixture.id("P-X"))?.projects[WebFixture.id("P-X")] }
        #expect(pledges != nil)
        let check = try await fixture.onServed { try $0.fullCheck() }
        #expect(check.passed, "\(check.ledger.violations) \(check.catalogueProblems)")
    }

    /// A club that already sponsors a project in the municipality is named as before: no acceptance needed.
    @Test(arguments: ServedStore.all) func aClubAlreadyInTheTownNeedsNoAcceptance(store: ServedStore) async throws {
        let fixture = try await WebFixture.on(store)
        try await fixture.application().test(.router) { client in
            let official = Browser(client)
            try await official.signIn("oficial-a")
            let added = try await official.post(
                "/app/record/project", Self.project(try await official.get("/app/record/project"), folio: "P-Y", clubs: "CLUB-A"))
            #expect(added.status == .ok && !added.html.contains("sponsors no other project"), "\(added.text)")
            let approved = try await official.post(
                "/app/record/approval", Self.approval(try await official.get("/app/record/approval"), folio: "P-Y"))
            #expect(approved.status == .ok, "\(approved.text)")
        }
        #expect(try await fixture.onServed { try $0.proposals(naming: WebFixture.id("CLUB-A")).isEmpty })
    }
}
