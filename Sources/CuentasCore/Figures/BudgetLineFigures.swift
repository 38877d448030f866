/// What a budget line was meant to cost and what has been paid on it.
public struct BudgetLineFigures: Hashable, Sendable {
    public let number: Int
    public let concept: String
    /// As approved with the project.
    public let approved: Money
    /// After the committee's re-programmings; the approved amount when there were none.
    public let budgeted: Money
    public let paid: Money
    /// Budgeted (modified) less paid; negative when an override let the line be overspent.
    public let remaining: Money

    /// Whether a re-programming changed this line.
    public var isModified: Bool { approved != budgeted }
}
