import CuentasCore
@testable import CuentasStore
import CuentasTestSupport
import Foundation
import GRDB
import Testing
import CuentasTables

/// A club whose toma de nota expired takes part again once renewed, from the renewal's first day; a pledge dated in
/// the lapse stays refused, and `check` of the whole ledger agrees with what recording decided.
@Suite struct ClubRenewalTests {
    typealias F = StoreFixture

    /// The fixture's ledger with a second club, registered until 2024-12-31, sponsoring project P-OLD.
    private func ledger(_ fixture: F) throws {
        try fixture.store.addClub(
            Club(
                id: F.id("CLUB-OLD"), name: "Club Viejo", federationID: nil, cityAbroad: "Chicago", stateAbroad: "IL", countryAbroad: "USA",
                tomaDeNota: TomaDeNota(number: "CH-2022-1", expiresOn: F.date("2024-12-31")), fundCurrency: .usDollar))
        try fixture.store.addProject(
            Project(
                folio: F.id("P-OLD"), title: LocalizedText(spanish: "Pozo", english: "Well"),
                description: LocalizedText(spanish: "", english: ""),
                kind: .infrastructure, municipalityID: F.id("MUN"), locality: "Centro", sponsorClubIDs: [F.id("CLUB-OLD")],
                executingAgencyID: F.id("MUN"), approvedCost: F.pesos(400_000_00),
                budgetLines: [BudgetLine(number: 1, concept: "Obra", amount: F.pesos(400_000_00))], proposedOn: F.date("2024-06-01")))
    }

    private func approve(_ fixture: F, on day: String) throws {
        _ = try fixture.store.approve(
            folio: F.id("P-OLD"), schemeID: F.id("3x1-classic"), agreedParts: [:], sessionDate: F.date(day),
            minutesReference: "ACTA-\(day)",
            occurredOn: F.date(day), recordedBy: "tester", note: "")
    }

    private func renewal(from day: String, until expiry: String, number: String = "CH-2025-7") -> ClubRenewal {
        ClubRenewal(
            clubID: F.id("CLUB-OLD"), tomaDeNota: TomaDeNota(number: number, expiresOn: F.date(expiry)), effectiveOn: F.date(day),
            reason: "Renovación ante el consulado", recordedBy: "tester")
    }

    private func isLapsed(_ error: any Error) -> Bool {
        if case .violation(let violation) = error as? StoreError, case .tomaDeNotaNotCurrent(_, let expiredOn) = violation.rule {
            return expiredOn == F.date("2024-12-31")
        }
        return false
    }

    @Test(arguments: TestedStore.all) func anExpiredClubIsRefusedRenewedThenAcceptedAndCheckAgrees(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try ledger(fixture)
            #expect(throws: StoreError.self) { try approve(fixture, on: "2025-02-01") }
            do { try approve(fixture, on: "2025-02-01") } catch { #expect(isLapsed(error), "\(error)") }
            try fixture.store.renewClub(renewal(from: "2025-03-01", until: "2027-02-28"))
            // Inside the lapse, still refused; from the renewal's first day, accepted.
            do {
                try approve(fixture, on: "2025-02-15")
                Issue.record("a pledge dated in the lapse was accepted")
            } catch {
                #expect(isLapsed(error), "\(error)")
            }
            try approve(fixture, on: "2025-03-10")
            #expect(try fixture.store.catalogue().renewals[F.id("CLUB-OLD")]?.map(\.tomaDeNota.number) == ["CH-2025-7"])
            let check = try fixture.reopened().fullCheck()
            #expect(check.passed, "\(check.ledger.violations)")
        }
    }

    @Test(arguments: TestedStore.all) func theSameRenewalTwiceOrAnUnknownClubIsRefused(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try ledger(fixture)
            try fixture.store.renewClub(renewal(from: "2025-03-01", until: "2027-02-28"))
            do {
                try fixture.store.renewClub(renewal(from: "2025-04-01", until: "2027-02-28"))
                Issue.record("the same renewal was recorded twice")
            } catch {
                guard case .duplicate(let what, let id) = error as? StoreError else { Issue.record("\(error)"); return }
                #expect(what == "toma de nota" && id == "CH-2025-7")
            }
            let stranger = ClubRenewal(
                clubID: F.id("NADIE"), tomaDeNota: TomaDeNota(number: "X-1", expiresOn: F.date("2027-01-01")),
                effectiveOn: F.date("2025-01-01"),
                reason: "r", recordedBy: "tester")
            #expect(throws: StoreError.self) { try fixture.store.renewClub(stranger) }
        }
    }

    /// A renewal is sealed with the catalogue: one changed by hand (a lapse hidden by moving its first day) is named.
    @Test func aRenewalChangedByHandIsNamedByCheck() throws {
        let fixture = try F()
        try ledger(fixture)
        try fixture.store.renewClub(renewal(from: "2025-03-01", until: "2027-02-28"))
        let queue = try DatabaseQueue(path: fixture.path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER clubRenewalNoUpdate")
            try db.execute(sql: "UPDATE clubRenewal SET effectiveOn = '2025-01-01'")
        }
        let check = try fixture.reopened().fullCheck()
        #expect(!check.passed)
        #expect(check.catalogueProblems.contains { $0.entity == "clubRenewal" }, "\(check.catalogueProblems)")
    }
}
