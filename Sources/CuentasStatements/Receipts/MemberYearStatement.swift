import CuentasCore

/// Every donation of one member of a club in one year, each followed to where it went: what the treasurer prints or
/// sends a member at the end of the year. Never published (it names the member's number).
public struct MemberYearStatement: Sendable, Equatable {
    public let club: PartyReference
    public let memberNumber: Int64
    public let year: Int
    public let receipts: [DonationReceipt]
    public let total: MoneyTotal
    public let asOf: CalendarDate

    /// Nil when the club is not in `state`.
    public init?(clubID: PartyID, memberNumber: Int64, year: Int, state: LedgerState, asOf: CalendarDate) {
        guard let fund = state.clubFunds[clubID] else { return nil }
        club = PartyReference(clubID, in: state.catalogue)
        self.memberNumber = memberNumber
        self.year = year
        receipts = FundFollowing(clubID: clubID, state: state).paths.values
            .filter { path in
                guard case .member(let number) = path.donation.source else { return false }
                return number == memberNumber && path.movement.occurredOn.year == year
            }
            .sorted { FundFollowing.order($0.movement, $1.movement) }
            .map { DonationReceipt(path: $0, state: state, asOf: asOf) }
        total = MoneyTotal(summing: receipts.map(\.amount), currency: fund.club.fundCurrency)
        self.asOf = asOf
    }
}
