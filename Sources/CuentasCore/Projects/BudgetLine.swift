/// One line of a project's budget: what the money is for (cement, labour, pipes, a semester of scholarships).
public struct BudgetLine: Hashable, Sendable {
    /// 1, 2, 3… in the order of the approved budget.
    public let number: Int
    public let concept: String
    public let amount: Money

    public init(number: Int, concept: String, amount: Money) {
        precondition(number > 0 && amount.isPositive, "budget line \(number) must be numbered and positive")
        self.number = number
        self.concept = concept
        self.amount = amount
    }
}
