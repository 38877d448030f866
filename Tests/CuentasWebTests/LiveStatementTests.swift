import CuentasCore
import CuentasStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CuentasWeb

@Suite struct LiveStatementTests {
    @Test func eachPersonSeesTodaysStatementsOfWhatIsTheirsOnly() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            let anonymous = Browser(client)
            #expect(try await anonymous.get("/app/live/en/clubs/CLUB-A.html").status == .seeOther)
            let treasurer = Browser(client)
            try await treasurer.signIn("tesorera-a")
            let club = try await treasurer.get("/app/live/en/clubs/CLUB-A.html")
            #expect(club.status == .ok)
            #expect(club.html.contains("Club A"))
            #expect(try await treasurer.get("/app/live/en/clubs/CLUB-B.html").status == .forbidden)
            #expect(try await treasurer.get("/app/live/es/projects/P-A.html").html.contains("Obra A"))
            #expect(try await treasurer.get("/app/live/es/projects/P-B.html").status == .forbidden)
            #expect(try await treasurer.get("/app/live/es/municipalities/MUN-A.html").status == .forbidden)
            #expect(try await treasurer.get("/app/live/xx/clubs/CLUB-A.html").status == .notFound)
            #expect(try await treasurer.get("/app/live/en/clubs/..%2F..%2Fetc.html").status == .notFound)
            let official = Browser(client)
            try await official.signIn("oficial-a")
            #expect(try await official.get("/app/live/en/municipalities/MUN-A.html").status == .ok)
            // The live index is scoped like the pages it links to: an official's is their municipality's statement.
            let index = try await official.get("/app/live/en/index.html")
            #expect(index.headers[.location] == "/app/live/en/municipalities/MUN-A.html")
            let municipality = try await official.get("/app/live/en/municipalities/MUN-A.html")
            #expect(municipality.html.contains("P-A"))
            #expect(!municipality.html.contains("P-B"))
        }
    }

    /// A live statement is kept between requests and made again as soon as what it shows changes, also when another
    /// process (the command line) records: a donation, its correction, a project's progress report.
    @Test func aKeptStatementIsMadeAgainWhenWhatItShowsChanges() async throws {
        let fixture = try WebFixture()
        let other = try LedgerStore.open(path: fixture.folder.appendingPathComponent("ledger.sqlite").path)
        @Sendable func record(_ body: MovementBody) throws -> Movement {
            try other.record([MovementDraft(occurredOn: WebFixture.date("2026-11-02"), recordedBy: "cli", note: "", body: body)])[0]
        }
        try await fixture.application().test(.router) { client in
            let treasurer = Browser(client)
            try await treasurer.signIn("tesorera-a")
            let before = try await treasurer.get("/app/live/en/clubs/CLUB-A.html").html
            #expect(try await treasurer.get("/app/live/en/clubs/CLUB-A.html").html == before)
            let donation = try record(
                .donation(
                    Donation(
                        clubID: WebFixture.id("CLUB-A"), amount: Money(minorUnits: 123_456, currency: .usDollar), source: .event("Kermés")))
            )
            let after = try await treasurer.get("/app/live/en/clubs/CLUB-A.html").html
            #expect(after != before)
            #expect(after.contains("1,234.56"), "the new donation is in the fund")
            // Another club's donation leaves this statement as it was.
            _ = try record(
                .donation(
                    Donation(
                        clubID: WebFixture.id("CLUB-B"), amount: Money(minorUnits: 999_00, currency: .usDollar), source: .event("Rifa"))))
            #expect(try await treasurer.get("/app/live/en/clubs/CLUB-A.html").html == after)
            _ = try record(.reversal(Reversal(movementID: donation.id, reason: "typed twice")))
            let corrected = try await treasurer.get("/app/live/en/clubs/CLUB-A.html").html
            #expect(corrected != after && corrected.contains("class=\"reversed\""), "the donation is shown reversed")
            let project = try await treasurer.get("/app/live/en/projects/P-A.html").html
            _ = try record(.status(StatusChange(folio: WebFixture.id("P-A"), status: .inExecution)))
            _ = try record(.progress(ProgressReport(folio: WebFixture.id("P-A"), physicalPercent: 35)))
            let progressed = try await treasurer.get("/app/live/en/projects/P-A.html").html
            #expect(progressed != project && progressed.contains("35"))
        }
    }
}
