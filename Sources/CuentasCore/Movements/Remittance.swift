/// Money sent to a project account: what left, what it cost, what arrived. The rate and its source are recorded as
/// the bank gave them; nothing is looked up live.
///
/// The fee is kept as minor units of the sent currency and the market rate as its millionths (0 for none): a national
/// ledger replays 320,000 remittances, and the currency repeated and the optional's padding were 16 bytes of each
/// movement's room in memory.
public struct Remittance: Hashable, Sendable {
    /// The amount sent, in the sender's currency (the principal, fee not included).
    public let sent: Money
    private let feeMinorUnits: Int64
    /// The rate the bank applied (project currency per unit of the sent currency); 1 for the same currency.
    public let exchangeRate: ExchangeRate
    /// Where the rate came from: "Banco receptor", "Banxico FIX 2024-03-05".
    public let rateSource: String
    private let marketRateMillionths: Int64
    /// The amount credited to the project, in the project's currency.
    public let received: Money
    /// The bank or transfer reference (tracking number, SPEI clave de rastreo). Unique among live deposits.
    public let reference: String

    /// The transfer fee, in the sent currency, paid on top of the amount sent. Zero for a government deposit.
    public var fee: Money { Money(minorUnits: feeMinorUnits, currency: sent.currency) }

    /// The market (reference) rate of the day, if known: the exchange-rate margin is measured against it.
    public var marketRate: ExchangeRate? { marketRateMillionths == 0 ? nil : ExchangeRate(millionths: marketRateMillionths) }

    public init(
        sent: Money, fee: Money, exchangeRate: ExchangeRate, rateSource: String, marketRate: ExchangeRate?,
        received: Money, reference: String
    ) {
        precondition(sent.isPositive && received.isPositive, "a remittance moves a positive amount")
        precondition(fee.currency == sent.currency && !fee.isNegative, "the fee is in the sent currency")
        self.sent = sent
        self.feeMinorUnits = fee.minorUnits
        self.exchangeRate = exchangeRate
        self.rateSource = rateSource
        // A rate is positive, so 0 cannot be one.
        self.marketRateMillionths = marketRate?.millionths ?? 0
        self.received = received
        self.reference = reference
    }

    /// The exchange-rate margin in the sent currency: what the amount sent would have bought at the market rate,
    /// less what arrived, converted back. Nil when there was no conversion or no market rate, or when the market rate
    /// is so far from the bank's that the margin leaves the range a figure keeps (only a ledger recorded before
    /// `RemittancePlausibility` can hold one: such a margin measures a typing error, not a cost).
    public var exchangeCost: Money? {
        guard sent.currency != received.currency, let marketRate, let atMarket = marketRate.convert(sent, to: received.currency) else {
            return nil
        }
        // Both within the range, so their difference fits in 64 bits; it may still leave the range.
        let lostMinorUnits = atMarket.minorUnits - received.minorUnits
        guard lostMinorUnits.magnitude <= UInt64(Money.maximumMinorUnits) else { return nil }
        let lostInTarget = Money(minorUnits: lostMinorUnits, currency: received.currency)
        let inverse = ExchangeRate.inverse(of: marketRate)
        return inverse.convert(lostInTarget, to: sent.currency)
    }
}

extension Remittance {
    /// A bank reference as the rules compare it: without spaces, its letters in upper case, in Unicode's composed form
    /// ("spei 0042" is SPEI0042; "É" typed as E and an accent is "É"). The store finds live references by the same
    /// key (`upper(replace(reference, ' ', ''))`: SQLite's `upper` changes ASCII letters only, and so does this), so
    /// that recording and `check` never disagree on whether two references are one.
    public static func referenceKey(_ reference: String) -> String {
        // Byte by byte: the bytes of a letter beyond ASCII are all above 0x7F, so only ASCII spaces and letters change.
        let composed = reference.composedUnlessASCII()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(composed.utf8.count)
        for byte in composed.utf8 where byte != UInt8(ascii: " ") {
            bytes.append((UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) ? byte - 32 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension ExchangeRate {
    /// 1 / rate, to six decimals (rounded half up).
    static func inverse(of rate: ExchangeRate) -> ExchangeRate {
        let numerator: Int64 = 1_000_000_000_000
        return ExchangeRate(millionths: max(1, (numerator + rate.millionths / 2) / rate.millionths))
    }
}
