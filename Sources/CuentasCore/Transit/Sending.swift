/// Money a club's treasurer sent from the club's fund to a project account, not yet confirmed by the other side: the
/// fund is debited when it is recorded and the money is in transit until the executing agency records its `Arrival`
/// (or the club records it returned, `SendingReturn`).
///
/// The fee is paid on top of the amount sent, as a one-step `Transfer` records it, so what should arrive is the amount
/// sent at the quoted rate (`expected(in:)`).
public struct Sending: Hashable, Sendable {
    public let clubID: PartyID
    public let folio: Folio
    /// The principal, in the fund's currency.
    public let sent: Money
    /// The fee, in the fund's currency, paid on top.
    public let fee: Money
    /// The rate the provider quoted (project currency per unit of the fund's currency); 1 for the same currency.
    public let quotedRate: ExchangeRate
    /// Where the quoted rate came from ("Cotización Western Union", "Banco emisor").
    public let rateSource: String
    /// The market rate of the day, if known: the exchange margin is measured against it.
    public let marketRate: ExchangeRate?
    /// Who carried the money: a bank or a remittance company.
    public let provider: String
    /// The sender's tracking number (MTCN, SPEI clave de rastreo, wire reference).
    public let reference: String

    public init(
        clubID: PartyID, folio: Folio, sent: Money, fee: Money, quotedRate: ExchangeRate, rateSource: String,
        marketRate: ExchangeRate?, provider: String, reference: String
    ) {
        precondition(sent.isPositive, "a sending moves a positive amount")
        precondition(fee.currency == sent.currency && !fee.isNegative, "the fee is in the sent currency")
        self.clubID = clubID
        self.folio = folio
        self.sent = sent
        self.fee = fee
        self.quotedRate = quotedRate
        self.rateSource = rateSource
        self.marketRate = marketRate
        self.provider = provider
        self.reference = reference
    }

    /// What should arrive in the project's currency: the amount sent at the quoted rate. Nil when out of range.
    public func expected(in currency: CurrencyCode) -> Money? {
        currency == sent.currency ? Money(minorUnits: sent.minorUnits, currency: currency) : quotedRate.convert(sent, to: currency)
    }

    /// The sending as if what should arrive did (nil when that is out of range): its quoted rate is checked against the
    /// market rate by the same rules as a transfer's (`RemittancePlausibility`) before anything arrives.
    public func expectedRemittance(in currency: CurrencyCode) -> Remittance? {
        guard let expected = expected(in: currency) else { return nil }
        return Remittance(
            sent: sent, fee: fee, exchangeRate: quotedRate, rateSource: rateSource, marketRate: marketRate, received: expected,
            reference: reference)
    }

    /// The sending and its arrival as one remittance: what left, what it cost, what arrived under the arrival's bank
    /// reference (the cost of sending is measured on it, `RemittanceCost`).
    public func remittance(of arrival: Arrival) -> Remittance {
        Remittance(
            sent: sent, fee: fee, exchangeRate: quotedRate, rateSource: rateSource, marketRate: marketRate,
            received: arrival.received, reference: arrival.reference)
    }
}
