import CuentasCore
import Testing

/// The money a movement moves, as one function (`MovementBody.amount(transfer:)`) the treasurer's table and a
/// statement's correction marks both read: a transfer is named by the side the reader stands on.
@Suite struct MovementAmountTests {
    typealias F = LedgerFixture

    @Test func aTransferIsWhatLeftTheFundForTheClubAndWhatArrivedForTheProject() {
        let body = FundFollowingTests.transfer(1_000_00, fee: 10_00, received: 16_830_00, "W-1")
        #expect(body.amount(transfer: .sent) == F.dollars(1_000_00))
        #expect(body.amount(transfer: .received) == F.pesos(16_830_00))
    }

    @Test func otherMovementsHaveOneAmountAndProgressNone() {
        let pledge = F.pledge(F.club, 100_000_00)
        #expect(pledge.amount(transfer: .sent) == F.pesos(100_000_00))
        #expect(pledge.amount(transfer: .received) == F.pesos(100_000_00))
        let progress = MovementBody.progress(ProgressReport(folio: F.folio, physicalPercent: 40))
        #expect(progress.amount(transfer: .sent) == nil)
    }
}
