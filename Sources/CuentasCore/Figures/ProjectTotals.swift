/// A project's figures as one line shows them: the statement's totals, the municipality's list and the portfolio
/// index all read this one value, computed once from `ProjectFigures` (the rules it applies, what is outstanding,
/// who is late, whether progress diverges, are read there and nowhere else), or read back from a kept summary.
public struct ProjectTotals: Hashable, Sendable {
    public let committed: Money
    public let received: Money
    public let paid: Money
    /// What every party still owes of its live pledges (none once a project is cancelled or closed).
    public let outstanding: Money
    public let balanceOnHand: Money
    /// Paid as a share of the approved cost, in basis points (10000 = 100 %).
    public let financialProgressBasisPoints: Int64
    /// The latest reported physical progress, 0 to 100, if any report was made.
    public let physicalProgressPercent: Int?
    /// A government level has owed part of its pledge for longer than `PartyFigures.lateAfterDays` (`PartyFigures.isLate`).
    public let hasLateGovernment: Bool
    /// Physical and financial progress differ by more than the threshold (`ProjectFigures.progressDiverges`).
    public let progressDiverges: Bool

    public init(
        committed: Money, received: Money, paid: Money, outstanding: Money, balanceOnHand: Money, financialProgressBasisPoints: Int64,
        physicalProgressPercent: Int?, hasLateGovernment: Bool, progressDiverges: Bool
    ) {
        self.committed = committed
        self.received = received
        self.paid = paid
        self.outstanding = outstanding
        self.balanceOnHand = balanceOnHand
        self.financialProgressBasisPoints = financialProgressBasisPoints
        self.physicalProgressPercent = physicalProgressPercent
        self.hasLateGovernment = hasLateGovernment
        self.progressDiverges = progressDiverges
    }
}

extension ProjectFigures {
    /// The line's figures of these.
    public var totals: ProjectTotals {
        ProjectTotals(
            committed: totalCommitted, received: totalReceived, paid: totalPaid,
            outstanding: parties.reduce(.zero(approvedCost.currency)) { $0 + $1.outstanding }, balanceOnHand: balanceOnHand,
            financialProgressBasisPoints: financialProgressBasisPoints, physicalProgressPercent: physicalProgressPercent,
            hasLateGovernment: parties.contains(where: \.isLate), progressDiverges: progressDiverges)
    }
}
