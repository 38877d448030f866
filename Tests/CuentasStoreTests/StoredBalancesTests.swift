import CuentasCore
@testable import CuentasStore
import CuentasTestSupport
import Foundation
import GRDB
import Testing
import CuentasTables

/// The ledger keeps its balances in tables of its own, written in the transaction of every recording. They must be,
/// at every moment, what a full replay of the movements gives; `check` proves it and names any that differ.
@Suite struct StoredBalancesTests {
    typealias F = StoreFixture

    /// 20,000 movements (5,000 on PostgreSQL) of every kind, reversals included, recorded one at a time and in batches (as an import
    /// records them), some refused: after each recording the stored balances are the replayed ones, compared with a
    /// state that recorded the same movements, and at every few thousand with the store's own full replay.
    @Test(arguments: TestedStore.all) func aSeededRandomLedgerKeepsItsStoredBalancesEqualToAReplayAfterEveryRecording(
        store kind: TestedStore
    ) async throws {
        try await F.on(kind) { fixture in
            var ledger = try RandomLedger(fixture, seed: 20_261_202, projects: 12)
            // Fewer on PostgreSQL, where each recording is a dozen round trips to the server.
            let last: MovementID = kind == .file ? 20_000 : 5_000
            let store = ledger.fixture.store
            var replayed = try ledger.fixture.check().state
            #expect(try store.balanceDifferences(from: replayed).isEmpty)
            var kinds: Set<MovementKind> = []
            var refusedBatches = 0
            var nextFullCheck = 2_000
            while replayed.lastMovementID < last {
                let single = ledger.chance(30)
                let drafts = ledger.drafts(
                    count: single ? 1 : Int(ledger.amount(2...60)), against: replayed, keepingOneBad: ledger.chance(8))
                do {
                    for movement in try store.record(drafts) {
                        try replayed.record(movement)
                        kinds.insert(movement.body.kind)
                    }
                } catch let error as StoreError {
                    guard case .violationInBatch = error else { throw error }
                    refusedBatches += 1
                    // The replay did not record it either: any stored change would be a difference below.
                }
                let differences = try store.balanceDifferences(from: replayed)
                #expect(differences.isEmpty, "after movement #\(replayed.lastMovementID): \(differences.prefix(3))")
                if !differences.isEmpty { return }
                if replayed.lastMovementID >= nextFullCheck {
                    nextFullCheck += 4_000
                    let full = try store.fullCheck()
                    #expect(full.passed, "\(full.ledger.violations.prefix(3)) \(full.balanceDifferences.prefix(3))")
                }
            }
            #expect(kinds == Set(MovementKind.allCases))
            #expect(refusedBatches > 10)
            let reversals = replayed.movements.inOrder.filter { $0.body.kind == .reversal }.count
            #expect(reversals > Int(last) / 40)
            let full = try store.fullCheck()
            #expect(full.passed && full.ledger.movementCount == Int(replayed.lastMovementID))
            #expect(try store.balanceDifferences(from: full.ledger.state).isEmpty)
        }
    }

    /// A balance row changed behind the program's back is named by the full check: table, key, stored and replayed.
    @Test(arguments: TestedStore.all) func aTamperedBalanceRowIsNamedByTheCheck(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try fixture.approve()
            try fixture.store.record(fixture.draft(F.deposit("MUN", 250_000_00, reference: "SPEI-1")))
            #expect(try fixture.store.fullCheck().passed)
            try fixture.tamper([
                "UPDATE projectPartyBalance SET receivedMinorUnits = 1 WHERE folio = 'P-1' AND partyId = 'MUN'",
                "UPDATE clubFundBalance SET memberDonationsMinorUnits = 5000 WHERE clubId = 'CLUB'",
                "UPDATE projectBalance SET status = 'closed' WHERE folio = 'P-1'",
                "DELETE FROM projectPartyBalance WHERE folio = 'P-1' AND partyId = 'ZAC'",
            ])
            let pledged = try fixture.check().state.balance(.committed(F.folio, F.id("ZAC")))
            #expect(pledged > 0)
            let check = try fixture.store.fullCheck()
            #expect(!check.passed)
            #expect(check.ledger.passed, "the movements themselves are sound")
            #expect(
                check.balanceDifferences == [
                    BalanceDifference(what: "clubFundBalance CLUB memberDonations", stored: "5000", replayed: "0"),
                    BalanceDifference(what: "projectBalance P-1 status", stored: "closed", replayed: "approved"),
                    BalanceDifference(what: "projectPartyBalance P-1/MUN received", stored: "1", replayed: "25000000"),
                    BalanceDifference(what: "projectPartyBalance P-1/ZAC committed", stored: "0", replayed: "\(pledged)"),
                ])
            #expect(
                check.balanceDifferences[2].explanation(in: .english)
                    == "stored balance differs from the ledger: projectPartyBalance P-1/MUN received holds 1, replaying the ledger gives 25000000"
            )
        }
    }

    /// Rules read the stored balances: a payment beyond what the project holds is refused with nothing replayed, and a
    /// sum that would leave the range every figure is kept in is refused, naming the club and the limit.
    @Test(arguments: TestedStore.all) func aSumBeyondTheRangeIsRefusedNamingTheClubAndTheLimit(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            let largest = Money.maximumInputMinorUnits
            var recorded = 0
            var refusal: LedgerViolation?
            while recorded < 200 && refusal == nil {
                do {
                    try fixture.store.record(
                        fixture.draft(
                            .donation(
                                Donation(
                                    clubID: F.id("CLUB"), amount: Money(minorUnits: largest, currency: .usDollar), source: .event("Rifa"))))
                    )
                    recorded += 1
                } catch {
                    guard case .violation(let violation) = error as? StoreError else { throw error }
                    refusal = violation
                }
            }
            #expect(recorded == 100)
            let violation = try #require(refusal)
            #expect(violation.clubID == F.id("CLUB"))
            #expect(violation.rule == .figureOutOfRange(limit: Money(minorUnits: Money.maximumMinorUnits, currency: .usDollar)))
            #expect(
                violation.unnumbered.explanation(in: .english)
                    == "club CLUB: this movement would take a figure beyond the largest amount the ledger keeps (US$1,000,000,000,000.00); check the amount or the exchange rate"
            )
            #expect(try fixture.store.fullCheck().passed)
            #expect(try fixture.store.state().clubFunds[F.id("CLUB")]?.balance.minorUnits == Money.maximumMinorUnits)
        }
    }

    /// The balances of the one-step recording path come from the tables: a row set wrong outside the program is what
    /// the next recording is checked against (so `check` is what finds tampering, and nothing is replayed to record).
    @Test(arguments: TestedStore.all) func recordingReadsTheStoredBalancesWithoutReplaying(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try fixture.approve()
            try fixture.store.record(fixture.draft(.status(StatusChange(folio: F.folio, status: .inExecution))))
            try fixture.store.record(fixture.draft(F.deposit("MUN", 100_00, reference: "SPEI-1")))
            try fixture.tamper(["UPDATE projectBalance SET onHandMinorUnits = 0 WHERE folio = 'P-1'"])
            let payment = MovementBody.payment(
                Payment(
                    folio: F.folio, budgetLine: 1, payee: "Constructora", payeeTaxID: "CCA010101AB1", amount: F.pesos(50_00),
                    invoiceUUID: "0a1b2c3d-0000-4000-8000-000000000001", overrunReason: nil))
            #expect(throws: StoreError.self) { try fixture.store.record(fixture.draft(payment)) }
            try fixture.tamper(["UPDATE projectBalance SET onHandMinorUnits = 10000 WHERE folio = 'P-1'"])
            try fixture.store.record(fixture.draft(payment))
            #expect(try fixture.store.fullCheck().passed)
        }
    }

    /// Statements, pages and listings read a listed state: the stored balances and the movements they show, no rule
    /// replayed. For a seeded random ledger of every kind of movement, reversals included, every project's, club's
    /// and municipality's figures and listings from the whole listed ledger and from each one's own listed part are
    /// those of a full replay.
    static func nonZero<Key>(_ balances: [Key: Int64]) -> [Key: Int64] { balances.filter { $0.value != 0 } }

    @Test(arguments: TestedStore.all) func aListedStateShowsWhatAFullReplayGives(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            var ledger = try RandomLedger(fixture, seed: 20_261_203, projects: 8)
            let store = ledger.fixture.store
            var replayed = try ledger.fixture.check().state
            while replayed.lastMovementID < 3_000 {
                let drafts = ledger.drafts(count: Int(ledger.amount(1...40)), against: replayed, keepingOneBad: false)
                for movement in try store.record(drafts) { try replayed.record(movement) }
            }
            #expect(Set(replayed.movements.inOrder.map(\.body.kind)) == Set(MovementKind.allCases))
            let listed = try store.state()
            #expect(listed.isListing && !replayed.isListing)
            #expect(listed.movements.inOrder.map(\.id) == replayed.movements.inOrder.map(\.id))
            #expect(listed.reversedBy == replayed.reversedBy)
            #expect(listed.projectMovementIDs == replayed.projectMovementIDs)
            #expect(listed.clubMovementIDs == replayed.clubMovementIDs)
            for (folio, account) in replayed.projects {
                for state in [listed, try #require(try store.projectState(folio))] {
                    let shown = try #require(state.projects[folio])
                    #expect(shown.status == account.status && shown.statusHistory == account.statusHistory, "\(folio)")
                    #expect(
                        shown.pledgedMinorUnits == account.pledgedMinorUnits && shown.livePledgeDates == account.livePledgeDates, "\(folio)"
                    )
                    // A balance brought back to zero (a reversed refund) is the same as none: a replay keeps the zero.
                    #expect(Self.nonZero(shown.receivedMinorUnits) == Self.nonZero(account.receivedMinorUnits), "\(folio)")
                    #expect(Self.nonZero(shown.refundedMinorUnits) == Self.nonZero(account.refundedMinorUnits), "\(folio)")
                    #expect(
                        shown.paidByLineMinorUnits == account.paidByLineMinorUnits && shown.balanceMinorUnits == account.balanceMinorUnits,
                        "\(folio)")
                    #expect(shown.progress == account.progress, "\(folio)")
                    #expect(state.projectMovementIDs[folio] == replayed.projectMovementIDs[folio], "\(folio)")
                }
            }
            for (club, fund) in replayed.clubFunds {
                let part = try store.clubState(club)
                for state in [listed, part] {
                    let shown = try #require(state.clubFunds[club])
                    #expect(
                        shown.memberDonationsMinorUnits == fund.memberDonationsMinorUnits
                            && shown.eventIncomeMinorUnits == fund.eventIncomeMinorUnits, "\(club)")
                    #expect(shown.sentMinorUnits == fund.sentMinorUnits && shown.feesMinorUnits == fund.feesMinorUnits, "\(club)")
                    #expect(state.clubMovementIDs[club] == replayed.clubMovementIDs[club], "\(club)")
                }
                for folio in replayed.sponsoredFolios[club] ?? [] {
                    #expect(part.projects[folio]?.balanceMinorUnits == replayed.projects[folio]?.balanceMinorUnits, "\(club) \(folio)")
                }
            }
            // A start page's summary: the stored figures and only the last movements, the same ones a replay lists last.
            var reversalsListed = 0
            for (club, fund) in replayed.clubFunds {
                let summary = try store.clubSummary(club, recent: 10)
                reversalsListed += summary.recent.filter { $0.body.kind == .reversal }.count
                let expected = (replayed.clubMovementIDs[club] ?? []).sorted().suffix(10).reversed()
                #expect(summary.recent.map(\.id) == Array(expected), "\(club)")
                #expect(summary.state.clubFunds[club]?.balanceMinorUnits == fund.balanceMinorUnits, "\(club)")
                for folio in replayed.sponsoredFolios[club] ?? [] {
                    let shown = summary.state.projects[folio], account = replayed.projects[folio]
                    #expect(shown?.status == account?.status && shown?.latestProgress == account?.latestProgress, "\(club) \(folio)")
                    #expect(
                        shown?.pledgedMinorUnits == account?.pledgedMinorUnits && shown?.totalReceived == account?.totalReceived,
                        "\(club) \(folio)")
                }
            }
            for (municipality, folios) in replayed.municipalityFolios {
                let summary = try store.municipalitySummary(municipality, recent: 10)
                reversalsListed += summary.recent.filter { $0.body.kind == .reversal }.count
                let expected = folios.flatMap { replayed.projectMovementIDs[$0] ?? [] }.sorted().suffix(10).reversed()
                #expect(summary.recent.map(\.id) == Array(expected), "\(municipality)")
                for folio in folios {
                    #expect(summary.state.projects[folio]?.totalPaid == replayed.projects[folio]?.totalPaid, "\(municipality) \(folio)")
                    #expect(
                        summary.state.projects[folio]?.latestProgress == replayed.projects[folio]?.latestProgress,
                        "\(municipality) \(folio)")
                }
            }
            #expect(reversalsListed > 0, "the corrections of a club's or a project's movements are among its recent ones")
            #expect(!replayed.municipalityFolios.isEmpty)
            for (municipality, folios) in replayed.municipalityFolios {
                let part = try store.municipalityState(municipality)
                for folio in folios {
                    #expect(part.projects[folio]?.totalReceived == replayed.projects[folio]?.totalReceived, "\(municipality) \(folio)")
                    #expect(part.projects[folio]?.statusHistory == replayed.projects[folio]?.statusHistory, "\(municipality) \(folio)")
                    #expect(part.projectMovementIDs[folio] == replayed.projectMovementIDs[folio], "\(municipality) \(folio)")
                }
            }
        }
    }
}
