/// The running account of a club's fund: donations and event income in, transfers to projects out.
public struct ClubFund: Sendable {
    public let club: Club
    public internal(set) var balanceMinorUnits: Int64 = 0
    public internal(set) var memberDonationsMinorUnits: Int64 = 0
    public internal(set) var eventIncomeMinorUnits: Int64 = 0

    init(club: Club) { self.club = club }

    public var balance: Money { Money(minorUnits: balanceMinorUnits, currency: club.fundCurrency) }
}
