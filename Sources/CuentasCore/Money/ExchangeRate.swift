/// An exchange rate, exact to six decimals: how many units of the target currency one unit of the source buys
/// (17.0512 MXN per USD). Recorded with its source; never looked up live.
public struct ExchangeRate: Hashable, Sendable, CustomStringConvertible {
    /// The rate times 1,000,000.
    public let millionths: Int64

    public static let one = ExchangeRate(millionths: 1_000_000)

    public init(millionths: Int64) {
        precondition(millionths > 0, "exchange rate must be positive")
        self.millionths = millionths
    }

    /// Parses "17.0512" (a decimal point, at most six decimals, positive, at most 1,000,000).
    public init(parsing text: String, field: String) throws(InputError) {
        let trimmed = text.trimmingSpaces()
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard
            (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 7,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            parts.count == 1 || (1...6).contains(parts[1].count)
        else { throw InputError(field: field, value: text, expected: .exchangeRate) }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        let value = Int64(String(parts[0]) + fraction + String(repeating: "0", count: 6 - fraction.count)) ?? 0
        guard value > 0 else { throw InputError(field: field, value: text, expected: .exchangeRate) }
        self.millionths = value
    }

    /// Converts an amount, rounding half away from zero to the target's minor unit; nil when the result would leave
    /// the range one figure keeps (a rate typed with extra digits, say), so that no conversion ever traps.
    public func convert(_ amount: Money, to target: CurrencyCode) -> Money? {
        // amount.minor / sourcePerMajor * rate * targetPerMajor, in 128-bit arithmetic to stay exact.
        let numerator = Int128(amount.minorUnits) * Int128(millionths) * Int128(target.minorUnitsPerMajor)
        let denominator = Int128(1_000_000) * Int128(amount.currency.minorUnitsPerMajor)
        let quotient = numerator / denominator
        let remainder = numerator % denominator
        let rounded = 2 * remainder.magnitude >= denominator.magnitude ? quotient + (numerator < 0 ? -1 : 1) : quotient
        guard rounded.magnitude <= UInt128(Money.maximumMinorUnits) else { return nil }
        return Money(minorUnits: Int64(rounded), currency: target)
    }

    public var description: String {
        let whole = millionths / 1_000_000
        var fraction = String(millionths % 1_000_000)
        fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
        while fraction.count > 2 && fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(whole).\(fraction)"
    }
}
