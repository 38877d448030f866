import CuentasCore

/// The totals of an area's projects (the country, a state, a municipality): how many, what they cost, what arrived,
/// what is still owed, what was paid, and how many wait for a late government. Each index line reads one.
public struct AreaTotals: Hashable, Sendable {
    public let projects: Int
    public let lateProjects: Int
    public let cost: MoneyTotal
    public let received: MoneyTotal
    public let outstanding: MoneyTotal
    public let paid: MoneyTotal

    /// `summaries` all in `currency` (an index keeps one currency).
    public init(_ summaries: [ProjectSummary], currency: CurrencyCode) {
        projects = summaries.count
        lateProjects = summaries.count { $0.totals.hasLateGovernment }
        cost = MoneyTotal(summing: summaries.map(\.approvedCost), currency: currency)
        received = MoneyTotal(summing: summaries.map(\.totals.received), currency: currency)
        outstanding = MoneyTotal(summing: summaries.map(\.totals.outstanding), currency: currency)
        paid = MoneyTotal(summing: summaries.map(\.totals.paid), currency: currency)
    }
}
