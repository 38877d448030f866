/// What a budget line was meant to cost and what has been paid on it.
public struct BudgetLineFigures: Hashable, Sendable {
    public let number: Int
    public let concept: String
    public let budgeted: Money
    public let paid: Money
    /// Budgeted less paid; negative when an override let the line be overspent.
    public let remaining: Money
}
