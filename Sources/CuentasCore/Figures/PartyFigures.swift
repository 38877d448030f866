/// One funding party's position in one project.
public struct PartyFigures: Hashable, Sendable {
    public let partyID: PartyID
    public let partyName: String
    public let role: FundingRole
    public let committed: Money
    public let received: Money
    /// Money returned to the party (a cancelled project's leftover).
    public let refunded: Money
    /// Committed and not yet received; never negative.
    public let outstanding: Money
    /// The date of the party's earliest live pledge, while something is outstanding.
    public let outstandingSince: CalendarDate?
    /// Days from `outstandingSince` to the date of the figures.
    public let daysOutstanding: Int?
}
