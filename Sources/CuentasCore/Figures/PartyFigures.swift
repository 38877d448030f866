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

    /// A government level that has owed part of its pledge for longer than this is late.
    public static let lateAfterDays = 90

    /// The "late" rule, the one place it is said: a government (clubs give when they raise it) owing part of its
    /// pledge for longer than `lateAfterDays`. Statements, summaries and the index all read this.
    public var isLate: Bool { role != .club && (daysOutstanding ?? 0) > Self.lateAfterDays }
}
