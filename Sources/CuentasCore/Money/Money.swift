/// An exact amount of money: whole minor units (centavos, cents) of one currency. Never floating point.
///
/// Adding or comparing two currencies is impossible: `adding(_:)` throws, and the operators treat a mix as a
/// programmer error (`precondition`), since callers group amounts by currency before they add.
public struct Money: Hashable, Sendable, CustomStringConvertible {
    public let minorUnits: Int64
    public let currency: CurrencyCode

    /// The largest amount any single figure may hold: one trillion major units. Inputs are limited far below it
    /// (`maximumInputMinorUnits`), so sums of a national portfolio cannot overflow.
    public static let maximumMinorUnits: Int64 = 100_000_000_000_000
    /// The largest amount a person may enter: 10,000 million major units (MXN 10,000,000,000.00).
    public static let maximumInputMinorUnits: Int64 = 1_000_000_000_000

    public init(minorUnits: Int64, currency: CurrencyCode) {
        precondition(abs(minorUnits) <= Money.maximumMinorUnits, "amount out of range: \(minorUnits)")
        self.minorUnits = minorUnits
        self.currency = currency
    }

    public static func zero(_ currency: CurrencyCode) -> Money { Money(minorUnits: 0, currency: currency) }

    public var isZero: Bool { minorUnits == 0 }
    public var isPositive: Bool { minorUnits > 0 }
    public var isNegative: Bool { minorUnits < 0 }

    public func adding(_ other: Money) throws(CurrencyMismatch) -> Money {
        guard currency == other.currency else { throw CurrencyMismatch(left: currency, right: other.currency) }
        return Money(minorUnits: minorUnits + other.minorUnits, currency: currency)
    }

    public func subtracting(_ other: Money) throws(CurrencyMismatch) -> Money {
        try adding(-other)
    }

    public static func + (left: Money, right: Money) -> Money {
        precondition(left.currency == right.currency, "adding \(left.currency) to \(right.currency)")
        return Money(minorUnits: left.minorUnits + right.minorUnits, currency: left.currency)
    }

    public static func - (left: Money, right: Money) -> Money { left + (-right) }

    public static prefix func - (value: Money) -> Money {
        Money(minorUnits: -value.minorUnits, currency: value.currency)
    }

    public static func += (left: inout Money, right: Money) { left = left + right }
    public static func -= (left: inout Money, right: Money) { left = left - right }

    /// Plain decimal text with a dot, no grouping: "1234.50". Used in CSV and XML.
    public var decimalText: String {
        MoneyFormatter.plainDecimal(negative: minorUnits < 0, magnitude: minorUnits.magnitude, minorDigits: currency.minorDigits)
    }

    public var description: String { "\(decimalText) \(currency.code)" }
}

/// Two amounts of different currencies were combined.
public struct CurrencyMismatch: ExplainedError, Equatable {
    public let left: CurrencyCode
    public let right: CurrencyCode

    public init(left: CurrencyCode, right: CurrencyCode) {
        self.left = left
        self.right = right
    }

    public func explanation(in language: Language) -> String {
        say(
            language, es: "no se pueden sumar \(left.code) y \(right.code)",
            en: "cannot add \(left.code) and \(right.code)")
    }
}
