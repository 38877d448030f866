/// When a sending is flagged: not confirmed after a number of days (like a government's late payment), and short when
/// what arrived is below what was expected by more than a tolerance. The one place these limits are said.
public struct TransitRule: Hashable, Sendable {
    /// A sending not confirmed on arrival after this many days is flagged "not confirmed".
    public let unconfirmedAfterDays: Int
    /// An arrival below what was expected by more than this share of the expected amount, in basis points, is short.
    /// 1 %: rounding, a correspondent bank's small charge and a rate quoted in the morning stay below it.
    public let shortfallToleranceBasisPoints: Int64

    public init(unconfirmedAfterDays: Int = 10, shortfallToleranceBasisPoints: Int64 = 100) {
        precondition(unconfirmedAfterDays >= 1 && shortfallToleranceBasisPoints >= 0, "a rule with sense")
        self.unconfirmedAfterDays = unconfirmedAfterDays
        self.shortfallToleranceBasisPoints = shortfallToleranceBasisPoints
    }

    public static let standard = TransitRule()

    /// The figures of an arrival short of what was expected beyond the tolerance; nil when it is not.
    public func shortfall(of sending: Sending, received: Money) -> Shortfall? {
        guard let expected = sending.expected(in: received.currency), expected.minorUnits > received.minorUnits else { return nil }
        let missing = expected.minorUnits - received.minorUnits
        let share = RemittanceCost.basisPoints(Int128(missing), of: Int128(expected.minorUnits))
        guard share > shortfallToleranceBasisPoints else { return nil }
        return Shortfall(
            expected: expected, received: received, missing: Money(minorUnits: missing, currency: received.currency),
            basisPoints: share)
    }
}

/// What an arrival lacked against the amount sent at the quoted rate: the fact to show, never a reason to refuse it.
public struct Shortfall: Hashable, Sendable {
    public let expected: Money
    public let received: Money
    public let missing: Money
    /// `missing` as a share of `expected`, in basis points.
    public let basisPoints: Int64
}
