/// A signed amount on one named balance: one part of what a movement does to the money (beancount's posting).
public struct Posting: Hashable, Sendable {
    public let balance: BalanceKey
    public let minorUnits: Int64

    public init(_ balance: BalanceKey, _ minorUnits: Int64) {
        self.balance = balance
        self.minorUnits = minorUnits
    }

    /// The same amount the other way: what a reversal posts.
    public var negated: Posting { Posting(balance, -minorUnits) }

    /// The balance after this posting, or nil when it would leave the range every figure must stay in
    /// (`Money.maximumMinorUnits` either way). Never traps, whatever the amounts.
    public func applied(to balance: Int64) -> Int64? {
        let (sum, overflow) = balance.addingReportingOverflow(minorUnits)
        guard !overflow, abs(sum) <= Money.maximumMinorUnits else { return nil }
        return sum
    }
}
