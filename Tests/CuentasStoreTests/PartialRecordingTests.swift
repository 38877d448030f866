import CuentasCore
import CuentasStore
import CuentasTestSupport
import Foundation
import Testing
import CuentasTables

/// New movements are checked against a replay of only the part of the ledger they can touch. These are the rules
/// that reach beyond one project: each must still see the whole ledger.
@Suite struct PartialRecordingTests {
    typealias F = StoreFixture
    static let second: Folio = F.id("P-2")

    /// The fixture with a second approved project sponsored by the same club, and the first approved too.
    static func twoProjects(_ fixture: F) throws {
        try fixture.store.addProject(
            Project(
                folio: second, title: LocalizedText(spanish: "Otra obra", english: "Other work"),
                description: LocalizedText(spanish: "", english: ""), kind: .infrastructure, municipalityID: F.id("MUN"),
                locality: "Centro", sponsorClubIDs: [F.id("CLUB")], executingAgencyID: F.id("MUN"), approvedCost: F.pesos(400_000_00),
                budgetLines: [BudgetLine(number: 1, concept: "Obra", amount: F.pesos(400_000_00))], proposedOn: F.date("2024-01-01")))
        try fixture.approve()
        _ = try fixture.store.approve(
            folio: second, schemeID: F.id("3x1-classic"), agreedParts: [:], sessionDate: F.date("2024-02-01"),
            minutesReference: "ACTA-2", occurredOn: F.date("2024-02-01"), recordedBy: "tester", note: "")
    }

    static func deposit(on folio: Folio, _ party: String, _ minorUnits: Int64, reference: String) -> MovementBody {
        .deposit(
            Deposit(
                folio: folio, partyID: F.id(party),
                remittance: Remittance(
                    sent: F.pesos(minorUnits), fee: F.pesos(0), exchangeRate: .one, rateSource: "same currency", marketRate: nil,
                    received: F.pesos(minorUnits), reference: reference)))
    }

    static func dollars(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .usDollar) }

    static func transfer(to folio: Folio, _ dollarCents: Int64, reference: String) -> MovementBody {
        .transfer(
            Transfer(
                clubID: F.id("CLUB"), folio: folio,
                remittance: Remittance(
                    sent: dollars(dollarCents), fee: dollars(0), exchangeRate: ExchangeRate(millionths: 17_000_000), rateSource: "banco",
                    marketRate: nil, received: F.pesos(dollarCents * 17), reference: reference)))
    }

    static func rule(of recording: () throws -> Void) -> LedgerViolation.Rule? {
        do {
            try recording()
        } catch let error as StoreError {
            if case .violation(let violation) = error { return violation.rule }
            if case .violationInBatch(_, let violation) = error { return violation.rule }
        } catch {}
        return nil
    }

    @Test(arguments: TestedStore.all) func aBankReferenceLiveOnAnotherProjectIsRefusedUntilItIsReversed(
        store kind: TestedStore
    ) async throws {
        try await F.on(kind) { fixture in
            try Self.twoProjects(fixture)
            let first = try fixture.store.record(fixture.draft(Self.deposit(on: F.folio, "MX", 100_00, reference: "SPEI-7")))
            let refused = Self.rule {
                try fixture.store.record(fixture.draft(Self.deposit(on: Self.second, "MX", 100_00, reference: "SPEI-7")))
            }
            #expect(refused == .duplicateReference("SPEI-7", existing: first.id))
            try fixture.store.record(fixture.draft(.reversal(Reversal(movementID: first.id, reason: "wrong project"))))
            let accepted = try fixture.store.record(fixture.draft(Self.deposit(on: Self.second, "MX", 100_00, reference: "SPEI-7")))
            #expect(accepted.body.folio == Self.second)
        }
    }

    @Test(arguments: TestedStore.all) func aTransferCountsWhatTheClubSentToItsOtherProjects(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try Self.twoProjects(fixture)
            try fixture.store.record(
                fixture.draft(.donation(Donation(clubID: F.id("CLUB"), amount: Self.dollars(100_00), source: .member(nil)))))
            try fixture.store.record(fixture.draft(Self.transfer(to: F.folio, 80_00, reference: "WIRE-1")))
            let refused = Self.rule { try fixture.store.record(fixture.draft(Self.transfer(to: Self.second, 30_00, reference: "WIRE-2"))) }
            #expect(refused == .transferExceedsFund(PartyID(trusted: "CLUB"), needed: Self.dollars(30_00), fund: Self.dollars(20_00)))
            try fixture.store.record(fixture.draft(Self.transfer(to: Self.second, 20_00, reference: "WIRE-2")))
        }
    }

    @Test(arguments: TestedStore.all) func reversingADonationCountsTheTransfersToEveryProject(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try Self.twoProjects(fixture)
            let donation = try fixture.store.record(
                fixture.draft(.donation(Donation(clubID: F.id("CLUB"), amount: Self.dollars(100_00), source: .member(nil)))))
            try fixture.store.record(fixture.draft(Self.transfer(to: Self.second, 80_00, reference: "WIRE-1")))
            let refused = Self.rule {
                try fixture.store.record(fixture.draft(.reversal(Reversal(movementID: donation.id, reason: "bounced"))))
            }
            #expect(refused == .reversalOverdrawsFund(donation.id, fund: Self.dollars(-80_00)))
        }
    }

    @Test(arguments: TestedStore.all) func numbersContinueAfterTheWholeLedgerAndTheFullCheckAgrees(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try Self.twoProjects(fixture)
            let before = try fixture.movements().count
            try fixture.store.record(fixture.draft(Self.deposit(on: F.folio, "MX", 100_00, reference: "A")))
            try fixture.store.record(fixture.draft(Self.deposit(on: F.folio, "ZAC", 100_00, reference: "B")))
            let onSecond = try fixture.store.record(fixture.draft(Self.deposit(on: Self.second, "MUN", 100_00, reference: "C")))
            #expect(onSecond.id == MovementID(before + 3))
            let check = try fixture.store.fullCheck()
            #expect(check.passed)
            #expect(check.ledger.movementCount == before + 3)
            let unknown = Self.rule { try fixture.store.record(fixture.draft(Self.deposit(on: F.id("P-404"), "MX", 1_00, reference: "D"))) }
            #expect(unknown == .unknownProject)
        }
    }
}
