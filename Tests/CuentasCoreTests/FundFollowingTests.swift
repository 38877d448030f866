import CuentasCore
import CuentasTestSupport
import Testing

/// The rule that follows each donation through the club's fund (first in, first out), on awkward cases; every split is
/// checked to add up exactly.
@Suite struct FundFollowingTests {
    typealias F = LedgerFixture
    static let club = F.club

    static func donation(_ minorUnits: Int64, _ event: String = "Kermés") -> MovementBody {
        .donation(Donation(clubID: club, amount: F.dollars(minorUnits), source: .event(event)))
    }

    static func transfer(_ sent: Int64, fee: Int64, received: Int64, _ reference: String) -> MovementBody {
        .transfer(
            Transfer(
                clubID: club, folio: F.folio,
                remittance: Remittance(
                    sent: F.dollars(sent), fee: F.dollars(fee), exchangeRate: ExchangeRate(millionths: 17_000_000), rateSource: "Banco",
                    marketRate: nil, received: F.pesos(received), reference: reference)))
    }

    /// Funded, with the club's pledge of 100,000 pesos (a quarter of the project: the others pledged 300,000).
    static func ledger() throws -> LedgerFixture {
        var fixture = try F.funded()
        try fixture.record(F.pledge(club, 100_000_00), on: "2024-02-01")
        return fixture
    }

    /// What every following must keep: each carrier's draws add up to what it took, its fee and what arrived are split
    /// exactly, and each donation is what it carried plus what is still in the fund (less what a return gave back).
    static func checkSums(_ following: FundFollowing, _ state: LedgerState) {
        var drawn: [MovementID: Int64] = [:], fees: [MovementID: Int64] = [:], arrived: [MovementID: Int64] = [:]
        for path in following.paths.values {
            var returnedPrincipal: Int64 = 0
            for part in path.parts {
                drawn[part.carrierID, default: 0] += part.drawnMinorUnits
                fees[part.carrierID, default: 0] += part.feeMinorUnits
                if let money = part.arrived { arrived[part.carrierID, default: 0] += money.minorUnits }
                if case .returned = part.fate { returnedPrincipal += part.drawnMinorUnits - part.feeMinorUnits }
                #expect(part.feeMinorUnits <= part.drawnMinorUnits)
            }
            let carried = path.parts.map(\.drawnMinorUnits).reduce(0, +)
            #expect(carried - returnedPrincipal + path.stillInFund == path.donation.amount.minorUnits, "donation #\(path.movement.id)")
        }
        for (carrierID, total) in drawn {
            switch state.movements[carrierID]!.body {
            case .transfer(let transfer):
                #expect(total + following.drawnFromNoDonation >= transfer.remittance.sent.minorUnits + transfer.remittance.fee.minorUnits)
                if following.drawnFromNoDonation == 0 {
                    #expect(total == transfer.remittance.sent.minorUnits + transfer.remittance.fee.minorUnits)
                    #expect(fees[carrierID] == transfer.remittance.fee.minorUnits)
                    #expect(arrived[carrierID] == transfer.remittance.received.minorUnits)
                }
            case .sending(let sending):
                #expect(total == sending.sent.minorUnits + sending.fee.minorUnits)
                #expect(fees[carrierID] == sending.fee.minorUnits)
            default: Issue.record("carrier #\(carrierID) is neither a transfer nor a sending")
            }
        }
    }

    @Test func aTransferDrawsOnManySmallDonationsOldestFirst() throws {
        var fixture = try Self.ledger()
        let gifts = try [10_00, 20_00, 30_00, 40_00, 50_00].enumerated().map { index, amount in
            try fixture.record(Self.donation(Int64(amount)), on: "2024-03-0\(index + 1)")
        }
        let wire = try fixture.record(Self.transfer(120_00, fee: 3_00, received: 2_040_00, "W-1"), on: "2024-03-10")
        let following = FundFollowing(clubID: Self.club, state: fixture.state)
        Self.checkSums(following, fixture.state)
        let draws = gifts.map { following.paths[$0.id]!.parts.first?.drawnMinorUnits ?? 0 }
        #expect(draws == [10_00, 20_00, 30_00, 40_00, 23_00])
        #expect(following.paths[gifts[4].id]!.stillInFund == 27_00)
        #expect(gifts.allSatisfy { following.paths[$0.id]!.parts.allSatisfy { $0.carrierID == wire.id } })
        // The fee of 3.00 over 123.00 drawn: 0.24, 0.49, 0.73, 0.98, 0.56 by the largest remainder.
        #expect(gifts.map { following.paths[$0.id]!.parts[0].feeMinorUnits } == [24, 49, 73, 98, 56])
    }

    @Test func oneDonationIsSplitAcrossThreeTransfers() throws {
        var fixture = try Self.ledger()
        let gift = try fixture.record(Self.donation(300_00), on: "2024-03-01")
        for (index, sent) in [100_00, 100_00, 50_00].enumerated() {
            try fixture.record(
                Self.transfer(Int64(sent), fee: index == 2 ? 0 : 1_00, received: Int64(sent) * 17, "W-\(index)"),
                on: "2024-04-0\(index + 1)")
        }
        let following = FundFollowing(clubID: Self.club, state: fixture.state)
        Self.checkSums(following, fixture.state)
        let path = following.paths[gift.id]!
        #expect(path.parts.map(\.drawnMinorUnits) == [101_00, 101_00, 50_00])
        #expect(path.parts.map { $0.arrived?.minorUnits } == [1_700_00, 1_700_00, 850_00])
        #expect(path.stillInFund == 48_00)
    }

    @Test func aReversedDonationIsAsIfNeverRecorded() throws {
        var fixture = try Self.ledger()
        let first = try fixture.record(Self.donation(100_00), on: "2024-03-01")
        let second = try fixture.record(Self.donation(200_00), on: "2024-03-02")
        try fixture.record(Self.transfer(100_00, fee: 1_00, received: 1_700_00, "W-1"), on: "2024-03-10")
        var following = FundFollowing(clubID: Self.club, state: fixture.state)
        #expect(following.paths[first.id]!.parts.map(\.drawnMinorUnits) == [100_00])
        #expect(following.paths[second.id]!.parts.map(\.drawnMinorUnits) == [1_00])
        try fixture.record(.reversal(Reversal(movementID: first.id, reason: "Cheque sin fondos")), on: "2024-03-20")
        following = FundFollowing(clubID: Self.club, state: fixture.state)
        Self.checkSums(following, fixture.state)
        #expect(following.paths[first.id] == nil)
        #expect(following.paths[second.id]!.parts.map(\.drawnMinorUnits) == [101_00])
        #expect(following.paths[second.id]!.stillInFund == 99_00)
    }

    @Test func aRefundFromTheProjectIsSharedByTheDonationsThatReachedIt() throws {
        var fixture = try Self.ledger()
        let first = try fixture.record(Self.donation(100_00), on: "2024-03-01")
        let second = try fixture.record(Self.donation(300_00), on: "2024-03-02")
        try fixture.record(Self.transfer(400_00, fee: 0, received: 6_800_00, "W-1"), on: "2024-03-10")
        try fixture.record(F.status(.cancelled, reason: "Sin permiso de obra"), on: "2024-05-01")
        try fixture.record(
            .refund(Refund(folio: F.folio, partyID: Self.club, amount: F.pesos(1_000_01), reference: "SPEI-R")), on: "2024-05-10")
        let following = FundFollowing(clubID: Self.club, state: fixture.state)
        Self.checkSums(following, fixture.state)
        let refunded = [first, second].map { following.paths[$0.id]!.parts[0].refundedMinorUnits }
        #expect(refunded.reduce(0, +) == 1_000_01)
        #expect(refunded == [250_00, 750_01])
        #expect([first, second].map { following.paths[$0.id]!.stillInFund } == [0, 0])
    }

    @Test func aReturnedSendingGivesThePrincipalBackToItsDonationsAndTheNextTransferTakesItFirst() throws {
        var fixture = try Self.ledger()
        let first = try fixture.record(Self.donation(100_00), on: "2024-03-01")
        let second = try fixture.record(Self.donation(100_00), on: "2024-03-02")
        let sending = try fixture.record(
            .sending(
                Sending(
                    clubID: Self.club, folio: F.folio, sent: F.dollars(80_00), fee: F.dollars(2_00),
                    quotedRate: ExchangeRate(millionths: 17_000_000),
                    rateSource: "Cotización", marketRate: nil, provider: "Remesas Uno", reference: "MTCN-1")), on: "2024-03-05")
        try fixture.record(
            .returned(
                SendingReturn(
                    sendingID: sending.id, clubID: Self.club, folio: F.folio, sent: F.dollars(80_00), reason: "Cuenta cerrada")),
            on: "2024-03-09")
        try fixture.record(Self.transfer(150_00, fee: 0, received: 2_550_00, "W-2"), on: "2024-03-20")
        let following = FundFollowing(clubID: Self.club, state: fixture.state)
        Self.checkSums(following, fixture.state)
        let path = following.paths[first.id]!
        #expect(path.parts.count == 2)
        #expect(path.parts[0].fate == .returned(on: F.date("2024-03-09")))
        #expect(path.parts[0].feeMinorUnits == 2_00)
        // The 80.00 given back is drawn again before the second donation: 98.00 of the first (its 2.00 went on the fee).
        #expect(path.parts[1].drawnMinorUnits == 98_00)
        #expect(following.paths[second.id]!.parts.map(\.drawnMinorUnits) == [52_00])
        #expect(following.paths[second.id]!.stillInFund == 48_00)
    }

    @Test func theStatementFixtureWithSendingsAddsUp() {
        let state = StatementFixture.state(inTransit: true)
        let following = FundFollowing(clubID: StatementFixture.club, state: state)
        Self.checkSums(following, state)
        #expect(following.drawnFromNoDonation == 0)
        let carried = following.paths.values.flatMap(\.parts)
        #expect(carried.contains { $0.fate == .inTransit })
        #expect(carried.contains { if case .returned = $0.fate { return true } else { return false } })
        // The refund of 1 October 2024 shares only what had arrived by then: the transfer of March 2024, not the
        // sending that arrived in May 2025.
        #expect(carried.filter { $0.refundedMinorUnits > 0 }.map(\.carriedOn) == [StatementFixture.date("2024-03-05")])
        #expect(carried.map(\.refundedMinorUnits).reduce(0, +) == 200_00)
    }
}
