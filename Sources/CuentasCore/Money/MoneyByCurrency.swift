/// Sums of amounts that may be in several currencies (clubs abroad keep funds in dollars or Canadian dollars): one
/// exact total per currency, never converted, listed by currency code.
public struct MoneyByCurrency: Hashable, Sendable {
    public private(set) var totals: [CurrencyCode: MoneyTotal] = [:]

    public init() {}

    public mutating func add(_ money: Money) {
        totals[money.currency, default: MoneyTotal(money.currency)].add(money)
    }

    public mutating func add(_ total: MoneyTotal) {
        totals[total.currency, default: MoneyTotal(total.currency)].add(total)
    }

    public mutating func add(_ other: MoneyByCurrency) {
        for (currency, total) in other.totals { totals[currency, default: MoneyTotal(currency)].add(total) }
    }

    /// The totals by currency code; empty when nothing was added.
    public var sorted: [MoneyTotal] { totals.values.sorted { $0.currency < $1.currency } }

    public subscript(currency: CurrencyCode) -> MoneyTotal { totals[currency] ?? MoneyTotal(currency) }
}
