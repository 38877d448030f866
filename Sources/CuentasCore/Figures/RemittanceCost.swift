/// What sending money home cost, in the sent currency: fees, and the exchange-rate margin where the market rate is
/// known.
public struct RemittanceCost: Hashable, Sendable {
    public let currency: CurrencyCode
    public private(set) var sent: Money
    public private(set) var fees: Money
    public private(set) var exchangeCost: Money
    /// How much of `sent` had a market rate to measure the margin against.
    public private(set) var sentWithMarketRate: Money
    public private(set) var count: Int = 0

    public init(currency: CurrencyCode) {
        self.currency = currency
        sent = .zero(currency)
        fees = .zero(currency)
        exchangeCost = .zero(currency)
        sentWithMarketRate = .zero(currency)
    }

    mutating func add(_ remittance: Remittance) {
        precondition(remittance.sent.currency == currency, "remittance cost is kept per sent currency")
        sent += remittance.sent
        fees += remittance.fee
        if let margin = remittance.exchangeCost {
            exchangeCost += margin
            sentWithMarketRate += remittance.sent
        }
        count += 1
    }

    /// Fees plus exchange margin as a share of the amount sent, in basis points; nil when nothing was sent.
    /// This is what the World Bank's Remittance Prices Worldwide calls the average total cost.
    public var totalCostBasisPoints: Int64? {
        guard sent.isPositive else { return nil }
        return (fees + exchangeCost).minorUnits * 10_000 / sent.minorUnits
    }
}
