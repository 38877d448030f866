/// The running account of a club's fund: donations and event income in, transfers to projects out.
public struct ClubFund: Sendable {
    public let club: Club
    public internal(set) var memberDonationsMinorUnits: Int64 = 0
    public internal(set) var eventIncomeMinorUnits: Int64 = 0
    /// Sent to projects, in the fund's currency.
    public internal(set) var sentMinorUnits: Int64 = 0
    public internal(set) var feesMinorUnits: Int64 = 0
    /// Sent and not yet confirmed on arrival nor returned: part of `sentMinorUnits`, already out of the fund.
    public internal(set) var inTransitMinorUnits: Int64 = 0

    init(club: Club) { self.club = club }

    /// What the fund holds: what came in less what went out. Each part is within the range the balance rules keep.
    public var balanceMinorUnits: Int64 { memberDonationsMinorUnits + eventIncomeMinorUnits - sentMinorUnits - feesMinorUnits }

    public var balance: Money { Money(minorUnits: balanceMinorUnits, currency: club.fundCurrency) }
}
