/// What a careful accountant checks before money sent is written down: the amount received agrees with the amount
/// sent at the bank's rate, and the market rate is near the bank's. Typing errors (a rate with extra digits, a
/// received amount with two zeros too many) are refused here, at the edge, with the range that was expected; the
/// ledger then never holds a figure that a statement cannot show.
public enum RemittancePlausibility {
    /// Received may exceed sent × rate by 1 % (the bank's rounding) plus one major unit.
    public static let receivedAboveBasisPoints: Int64 = 100
    /// Received may fall short of sent × rate by 20 %: fees deducted on the way (an intermediary bank's lifting fee on
    /// a small transfer). A larger shortfall is a typing error or money lost, and is refused.
    public static let receivedBelowBasisPoints: Int64 = 2_000
    /// The market rate may differ from the bank's by a factor of at most 1.25 either way: remittance margins are a
    /// few percent, so a larger difference is a mistyped rate.
    public static let marketRateFactorPercent: Int64 = 125

    public enum Problem: Hashable, Sendable {
        /// The amount received is outside what sent × rate allows.
        case received(low: Money, high: Money)
        /// Sent × rate leaves the range one figure keeps.
        case convertedOutOfRange
        /// The market rate is too far from the bank's rate.
        case marketRate(low: ExchangeRate, high: ExchangeRate)
        /// Money sent in the project's own currency is not converted: the rate is 1.
        case sameCurrencyRate
    }

    public static func problem(with remittance: Remittance) -> Problem? {
        let sent = remittance.sent, rate = remittance.exchangeRate
        if sent.currency == remittance.received.currency && rate != .one { return .sameCurrencyRate }
        guard let expected = rate.convert(sent, to: remittance.received.currency) else { return .convertedOutOfRange }
        let perMajor = remittance.received.currency.minorUnitsPerMajor
        let low = expected.minorUnits - expected.minorUnits * receivedBelowBasisPoints / 10_000
        let high = expected.minorUnits + expected.minorUnits * receivedAboveBasisPoints / 10_000 + perMajor
        if remittance.received.minorUnits < low || remittance.received.minorUnits > high {
            let currency = remittance.received.currency
            let ceiling = min(high, Money.maximumMinorUnits)
            return .received(low: Money(minorUnits: max(0, low), currency: currency), high: Money(minorUnits: ceiling, currency: currency))
        }
        if let market = remittance.marketRate {
            let lowest = rate.millionths * 100 / marketRateFactorPercent
            let highest = rate.millionths * marketRateFactorPercent / 100
            if market.millionths < lowest || market.millionths > highest {
                return .marketRate(low: ExchangeRate(millionths: max(1, lowest)), high: ExchangeRate(millionths: highest))
            }
        }
        return nil
    }

    /// The problem as bad input, naming the field each edge calls the amount received, the rate and the market rate.
    public static func inputError(
        _ problem: Problem, of remittance: Remittance, received: String, rate: String, marketRate: String
    ) -> InputError {
        switch problem {
        case .received(let low, let high):
            return InputError(field: received, value: remittance.received.decimalText, expected: .amountBetween(low: low, high: high))
        case .convertedOutOfRange:
            return InputError(field: rate, value: remittance.exchangeRate.description, expected: .amountWithinRange)
        case .marketRate(let low, let high):
            return InputError(
                field: marketRate, value: remittance.marketRate?.description ?? "", expected: .rateBetween(low: low, high: high))
        case .sameCurrencyRate:
            return InputError(field: rate, value: remittance.exchangeRate.description, expected: .rateOfOne)
        }
    }
}
