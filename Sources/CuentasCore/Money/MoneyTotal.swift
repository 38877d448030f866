/// The exact sum of many amounts of one currency: a municipality's or a program's totals, what a club's transfers
/// cost. Each figure of a project or club stays within `Money.maximumMinorUnits` (the rules refuse a movement that
/// would leave it), but a sum over thousands of projects need not, so a total is kept in 128 bits: it cannot
/// overflow (that would take 10^19 figures), it is shown whole, and nothing traps on it.
public struct MoneyTotal: Hashable, Sendable, CustomStringConvertible {
    public let currency: CurrencyCode
    public private(set) var minorUnits: Int128

    public init(_ currency: CurrencyCode) {
        self.currency = currency
        minorUnits = 0
    }

    /// A total kept as its minor units (read back from where it was written).
    public init(_ currency: CurrencyCode, minorUnits: Int128) {
        self.currency = currency
        self.minorUnits = minorUnits
    }

    public init(_ money: Money) {
        currency = money.currency
        minorUnits = Int128(money.minorUnits)
    }

    /// The sum of amounts all in `currency` (the caller groups by currency first, as for `Money`'s operators).
    public init<Amounts: Sequence<Money>>(summing amounts: Amounts, currency: CurrencyCode) {
        self.init(currency)
        for amount in amounts { add(amount) }
    }

    public mutating func add(_ money: Money) {
        precondition(money.currency == currency, "adding \(money.currency) to a total in \(currency)")
        minorUnits += Int128(money.minorUnits)
    }

    public mutating func add(_ total: MoneyTotal) {
        precondition(total.currency == currency, "adding \(total.currency) to a total in \(currency)")
        minorUnits += total.minorUnits
    }

    public var isZero: Bool { minorUnits == 0 }
    public var isPositive: Bool { minorUnits > 0 }
    public var isNegative: Bool { minorUnits < 0 }

    /// The total as one figure, when it is within the range a figure keeps; nil beyond it.
    public var money: Money? {
        guard minorUnits.magnitude <= UInt128(Money.maximumMinorUnits) else { return nil }
        return Money(minorUnits: Int64(minorUnits), currency: currency)
    }

    /// Plain decimal text with a dot, no grouping: "1234.50". Used in CSV and XML (`xs:decimal` has no limit).
    public var decimalText: String {
        MoneyFormatter.plainDecimal(negative: minorUnits < 0, magnitude: minorUnits.magnitude, minorDigits: currency.minorDigits)
    }

    public var description: String { "\(decimalText) \(currency.code)" }
}
