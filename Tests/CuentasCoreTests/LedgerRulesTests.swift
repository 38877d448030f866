import CuentasCore
import Testing

/// Each ledger invariant, and that a refused movement changes nothing.
@Suite struct LedgerRulesTests {
    typealias F = LedgerFixture

    func violation(_ fixture: inout LedgerFixture, _ body: MovementBody) -> LedgerViolation? {
        do {
            try fixture.record(body)
            return nil
        } catch {
            return error
        }
    }

    @Test func aPaymentNeverExceedsTheBalanceOnHand() throws {
        var fixture = try F.funded()
        let refused = violation(&fixture, F.payment(line: 1, 200_000_01))
        #expect(refused?.rule == .paymentExceedsBalance(amount: F.pesos(200_000_01), balance: F.pesos(200_000_00)))
        #expect(refused?.folio == F.folio)
        #expect(refused?.movementID == 8)
        #expect(
            refused?.explanation(in: .english)
                == "project P-1, movement #8: the payment of MX$200,000.01 exceeds the balance on hand of MX$200,000.00")
        #expect(fixture.state.projects[F.folio]?.balance == F.pesos(200_000_00))
        #expect(fixture.state.lastMovementID == 7)
        try fixture.record(F.payment(line: 1, 200_000_00))
        #expect(fixture.state.projects[F.folio]?.balance == F.pesos(0))
    }

    @Test func aBudgetLineIsOverspentOnlyWithARecordedOverride() throws {
        var fixture = try F.funded()
        try fixture.record(F.payment(line: 2, 90_000_00))
        let refused = violation(&fixture, F.payment(line: 2, 10_000_01))
        #expect(refused?.rule == .budgetLineOverspent(line: 2, budgeted: F.pesos(100_000_00), paidAfter: F.pesos(100_000_01)))
        try fixture.record(F.payment(line: 2, 10_000_01, overrunReason: "Cabildo agreement 12/2024: extra retaining wall"))
        #expect(fixture.state.projects[F.folio]?.paidByLineMinorUnits[2] == 100_000_01)
    }

    @Test func aDepositNeedsAPledgeFromThatParty() throws {
        var fixture = try F.funded()
        let refused = violation(&fixture, F.deposit(F.club, 1_000_00, reference: "W-1"))
        #expect(refused?.rule == .depositWithoutPledge(F.club))
        #expect(refused?.explanation(in: .spanish).contains("registre su compromiso antes del depósito") == true)
    }

    @Test func theSameBankReferenceCannotBeRecordedTwiceWhileLive() throws {
        var fixture = try F.funded()
        let refused = violation(&fixture, F.deposit(F.state, 1_000_00, reference: "SPEI-1"))
        #expect(refused?.rule == .duplicateReference("SPEI-1", existing: 6))
        // Once the first is reversed, the reference is free again.
        try fixture.record(.reversal(Reversal(movementID: 6, reason: "wrong project")))
        try fixture.record(F.deposit(F.municipality, 100_000_00, reference: "SPEI-1"))
    }

    @Test func aReversalPointsAtAnExistingMovementNotYetReversed() throws {
        var fixture = try F.funded()
        #expect(violation(&fixture, .reversal(Reversal(movementID: 99, reason: "x")))?.rule == .unknownMovement(99))
        try fixture.record(.reversal(Reversal(movementID: 7, reason: "recorded twice")))
        #expect(violation(&fixture, .reversal(Reversal(movementID: 7, reason: "again")))?.rule == .alreadyReversed(7, by: 8))
        #expect(violation(&fixture, .reversal(Reversal(movementID: 8, reason: "undo")))?.rule == .reversalOfReversal(8))
        #expect(violation(&fixture, .reversal(Reversal(movementID: 1, reason: "undo")))?.rule == .statusCannotBeReversed(1))
        #expect(fixture.state.projects[F.folio]?.totalReceived == F.pesos(100_000_00))
        #expect(fixture.state.isLive(7) == false)
    }

    @Test func aReversalThatWouldLeaveANegativeBalanceIsRefused() throws {
        var fixture = try F.funded()
        try fixture.record(F.payment(line: 1, 150_000_00))
        let refused = violation(&fixture, .reversal(Reversal(movementID: 7, reason: "bounced")))
        #expect(refused?.rule == .reversalOverdrawsBalance(7, balance: F.pesos(-50_000_00)))
        #expect(fixture.state.projects[F.folio]?.balance == F.pesos(50_000_00))
        #expect(fixture.state.isLive(7))
    }

    @Test func reversingAPledgeWithDepositsIsRefused() throws {
        var fixture = try F.funded()
        #expect(
            violation(&fixture, .reversal(Reversal(movementID: 2, reason: "x")))?.rule
                == .reversalLeavesDepositsWithoutPledge(2, F.municipality))
        // The state has deposited nothing: its pledge can be reversed.
        try fixture.record(.reversal(Reversal(movementID: 4, reason: "wrong amount")))
        #expect(fixture.state.projects[F.folio]?.pledgedMinorUnits[F.state] == 0)
    }

    @Test(arguments: [
        (ProjectStatus.proposed, ProjectStatus.inExecution), (.proposed, .completed), (.proposed, .closed),
        (.approved, .completed), (.approved, .proposed), (.inExecution, .approved),
    ])
    func invalidTransitionsAreRefused(from: ProjectStatus, to: ProjectStatus) throws {
        var fixture = LedgerFixture()
        if from != .proposed {
            for status in [ProjectStatus.approved, .inExecution, .completed] {
                try fixture.record(F.status(status, minutes: "A", session: "2024-01-01", handOver: "H"))
                if status == from { break }
            }
        }
        #expect(fixture.state.projects[F.folio]?.status == from)
        let refused = violation(&fixture, F.status(to, minutes: "A", session: "2024-01-01", handOver: "H", reason: "r"))
        #expect(refused?.rule == .invalidTransition(from: from, to: to))
        #expect(refused?.explanation(in: .english).contains("cannot go from") == true)
    }

    @Test func theWholeLifeOfAProjectIsAValidPath() throws {
        var fixture = try F.funded()
        try fixture.record(F.payment(line: 1, 200_000_00))
        try fixture.record(F.status(.completed, handOver: "AER-1"))
        try fixture.record(F.status(.closed))
        #expect(fixture.state.projects[F.folio]?.statusHistory.map(\.change.status) == [.approved, .inExecution, .completed, .closed])
        #expect(violation(&fixture, F.status(.cancelled, reason: "late"))?.rule == .invalidTransition(from: .closed, to: .cancelled))
    }

    @Test func statusChangesNeedTheirRecords() throws {
        var fixture = LedgerFixture()
        #expect(violation(&fixture, F.status(.approved))?.rule == .approvalNeedsSession)
        #expect(violation(&fixture, F.status(.cancelled))?.rule == .cancellationNeedsReason)
        var funded = try F.funded()
        #expect(violation(&funded, F.status(.completed))?.rule == .completionNeedsHandOver)
        try funded.record(F.status(.completed, handOver: "AER-1"))
        #expect(violation(&funded, F.status(.closed))?.rule == .closingWithBalance(F.pesos(200_000_00)))
    }

    @Test func aCancelledProjectTakesNoMoreMoneyButRefunds() throws {
        var fixture = try F.funded()
        try fixture.record(F.status(.cancelled, reason: "land fell through"))
        #expect(violation(&fixture, F.deposit(F.state, 1_00, reference: "S-9"))?.rule == .projectDoesNotAcceptMoney(.cancelled))
        #expect(violation(&fixture, F.payment(line: 1, 1_00))?.rule == .projectNotInExecution(.cancelled))
        let tooMuch = MovementBody.refund(Refund(folio: F.folio, partyID: F.federal, amount: F.pesos(100_000_01), reference: "R-1"))
        #expect(
            violation(&fixture, tooMuch)?.rule
                == .refundExceedsReceived(F.federal, amount: F.pesos(100_000_01), refundable: F.pesos(100_000_00)))
        try fixture.record(.refund(Refund(folio: F.folio, partyID: F.federal, amount: F.pesos(100_000_00), reference: "R-1")))
        #expect(fixture.state.projects[F.folio]?.balance == F.pesos(100_000_00))
    }

    @Test func aClubTakesPartOnlyWithACurrentTomaDeNota() throws {
        var fixture = try F.funded()
        let refused = violation(&fixture, F.pledge(LedgerFixture.id("CLUB-EXPIRED"), 1_00))
        #expect(refused?.rule == .tomaDeNotaNotCurrent(LedgerFixture.id("CLUB-EXPIRED"), expiredOn: F.date("2023-12-31")))
        try fixture.record(F.pledge(F.club, 100_000_00))
    }

    @Test func onlyTheProjectsClubsAndGovernmentsFundIt() throws {
        var fixture = try F.funded()
        var catalogue = F.catalogue
        catalogue.governments[PartyID(trusted: "MUN-B")] = Government(
            id: LedgerFixture.id("MUN-B"), name: "B", level: .municipal, parentID: F.state, countryCode: "MX")
        fixture.state = LedgerState(catalogue: catalogue)
        try fixture.record(F.status(.approved, minutes: "A", session: "2024-01-01"))
        #expect(violation(&fixture, F.pledge(LedgerFixture.id("MUN-B"), 1_00))?.rule == .partyNotAFunder(LedgerFixture.id("MUN-B")))
        #expect(violation(&fixture, F.pledge(LedgerFixture.id("NOBODY"), 1_00))?.rule == .unknownParty(LedgerFixture.id("NOBODY")))
    }

    @Test func aTransferNeedsTheMoneyInTheClubFund() throws {
        var fixture = try F.funded()
        try fixture.record(F.pledge(F.club, 100_000_00))
        try fixture.record(.donation(Donation(clubID: F.club, amount: F.dollars(5_000_00), source: .event("Baile"))))
        let remittance = Remittance(
            sent: F.dollars(5_000_00), fee: F.dollars(25_00), exchangeRate: ExchangeRate(millionths: 17_000_000),
            rateSource: "bank", marketRate: ExchangeRate(millionths: 17_500_000), received: F.pesos(85_000_00), reference: "W-1")
        let refused = violation(&fixture, .transfer(Transfer(clubID: F.club, folio: F.folio, remittance: remittance)))
        #expect(refused?.rule == .transferExceedsFund(F.club, needed: F.dollars(5_025_00), fund: F.dollars(5_000_00)))
        #expect(fixture.state.clubFunds[F.club]?.balance == F.dollars(5_000_00))
        try fixture.record(.donation(Donation(clubID: F.club, amount: F.dollars(25_00), source: .member(nil))))
        try fixture.record(.transfer(Transfer(clubID: F.club, folio: F.folio, remittance: remittance)))
        #expect(fixture.state.clubFunds[F.club]?.balance == F.dollars(0))
        #expect(fixture.state.projects[F.folio]?.receivedMinorUnits[F.club] == 85_000_00)
        // Reversing the transfer puts the money, fee included, back in the fund.
        try fixture.record(.reversal(Reversal(movementID: fixture.state.lastMovementID, reason: "returned by the bank")))
        #expect(fixture.state.clubFunds[F.club]?.balance == F.dollars(5_025_00))
    }

    @Test func checkingAWholeLedgerCollectsEveryViolation() throws {
        let fixture = try F.funded()
        var movements = fixture.state.movements.inOrder
        // A payment larger than the balance, as if written into the file by hand.
        movements.append(Movement(id: 8, occurredOn: F.date("2024-06-01"), recordedBy: "x", note: "", body: F.payment(line: 1, 999_999_00)))
        movements.append(Movement(id: 9, occurredOn: F.date("2024-06-01"), recordedBy: "x", note: "", body: F.payment(line: 1, 1_00)))
        let check = LedgerCheck(catalogue: F.catalogue, movements: movements)
        #expect(check.violations.count == 1)
        #expect(check.violations.first?.movementID == 8)
        #expect(check.state.projects[F.folio]?.totalPaid == F.pesos(1_00))
        #expect(LedgerCheck(catalogue: F.catalogue, movements: movements.dropLast(2)).passed)
    }
}

@Suite struct EligibleFunderTests {
    /// Clubs of the project (expired or not), their federation and every government level above the municipality may
    /// fund it; a government of another branch and unknown parties may not.
    @Test func theFundersAreTheClubsTheirFederationsAndTheGovernmentsAbove() {
        var catalogue = LedgerFixture.catalogue
        let federation: PartyID = LedgerFixture.id("FED-1")
        catalogue.federations[federation] = Federation(
            id: federation, name: "Federación", stateOfOrigin: "Zacatecas", regionAbroad: "California, USA")
        let club = catalogue.clubs[LedgerFixture.club]!
        catalogue.clubs[club.id] = Club(
            id: club.id, name: club.name, federationID: federation, cityAbroad: club.cityAbroad, stateAbroad: club.stateAbroad,
            countryAbroad: club.countryAbroad, tomaDeNota: club.tomaDeNota, fundCurrency: club.fundCurrency)
        let otherState: PartyID = LedgerFixture.id("JAL")
        catalogue.governments[otherState] = Government(
            id: otherState, name: "Jalisco", level: .state, parentID: LedgerFixture.federal, countryCode: "MX")
        let project = catalogue.projects[LedgerFixture.folio]!
        let expected: [(PartyID, Bool)] = [
            (LedgerFixture.club, true), (LedgerFixture.id("CLUB-EXPIRED"), true), (federation, true), (LedgerFixture.federal, true),
            (LedgerFixture.state, true), (LedgerFixture.municipality, true), (otherState, false), (LedgerFixture.id("NOBODY"), false),
        ]
        for (party, funds) in expected {
            #expect(catalogue.isEligibleFunder(party, of: project) == funds, "\(party.text)")
        }
    }
}
