/// What sending money home cost, in the sent currency: fees, and the exchange-rate margin where the market rate is
/// known.
public struct RemittanceCost: Hashable, Sendable {
    public let currency: CurrencyCode
    public private(set) var sent: MoneyTotal
    public private(set) var fees: MoneyTotal
    public private(set) var exchangeCost: MoneyTotal
    /// How much of `sent` had a market rate to measure the margin against.
    public private(set) var sentWithMarketRate: MoneyTotal
    public private(set) var count: Int = 0

    public init(currency: CurrencyCode) {
        self.currency = currency
        sent = MoneyTotal(currency)
        fees = MoneyTotal(currency)
        exchangeCost = MoneyTotal(currency)
        sentWithMarketRate = MoneyTotal(currency)
    }

    /// A cost kept as its totals (read back from where it was written).
    public init(sent: MoneyTotal, fees: MoneyTotal, exchangeCost: MoneyTotal, sentWithMarketRate: MoneyTotal, count: Int) {
        precondition(Set([sent.currency, fees.currency, exchangeCost.currency, sentWithMarketRate.currency]).count == 1, "one currency")
        currency = sent.currency
        self.sent = sent
        self.fees = fees
        self.exchangeCost = exchangeCost
        self.sentWithMarketRate = sentWithMarketRate
        self.count = count
    }

    /// Adds another cost of the same currency (several clubs' sendings through one provider).
    public mutating func add(_ other: RemittanceCost) {
        sent.add(other.sent)
        fees.add(other.fees)
        exchangeCost.add(other.exchangeCost)
        sentWithMarketRate.add(other.sentWithMarketRate)
        count += other.count
    }

    mutating func add(_ remittance: Remittance) {
        precondition(remittance.sent.currency == currency, "remittance cost is kept per sent currency")
        sent.add(remittance.sent)
        fees.add(remittance.fee)
        if let margin = remittance.exchangeCost {
            exchangeCost.add(margin)
            sentWithMarketRate.add(remittance.sent)
        }
        count += 1
    }

    /// Fees plus exchange margin as a share of the amount sent, in basis points; nil when nothing was sent.
    /// This is what the World Bank's Remittance Prices Worldwide calls the average total cost.
    public var totalCostBasisPoints: Int64? {
        guard sent.isPositive else { return nil }
        return RemittanceCost.basisPoints(fees.minorUnits + exchangeCost.minorUnits, of: sent.minorUnits)
    }

    /// `part` as a share of `whole` in basis points, in 128 bits: no sum of in-range figures overflows it. A share
    /// beyond what 64 bits hold (only a mistyped market rate recorded before `RemittancePlausibility` gives one) is
    /// clamped: the page shows an absurd percentage rather than stopping.
    public static func basisPoints(_ part: Int128, of whole: Int128) -> Int64 {
        precondition(whole > 0, "a share of something")
        let share = part * 10_000 / whole
        return Int64(clamping: share)
    }
}
