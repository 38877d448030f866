import ArgumentParser
import CuentasCore

/// The options that describe money sent to a project: what left, the fee, the rate, what arrived.
struct RemittanceOptions: ParsableArguments {
    @Option(help: "The amount sent, in the sent currency (fee not included). Default: the amount received.")
    var sent: String?
    @Option(help: "The currency sent. Default: the project's currency (a club transfer: the club fund's).")
    var sentCurrency: String?
    @Option(help: "The transfer fee, in the sent currency.") var fee: String = "0"
    @Option(help: "The exchange rate the bank applied (project currency per unit sent). Default: 1.") var rate: String?
    @Option(help: "Where the rate came from (the bank's receipt, Banxico FIX…).") var rateSource: String?
    @Option(help: "The market rate of the day, to measure the exchange margin.") var marketRate: String?
    @Option(help: "The amount credited to the project. Default: sent × rate, rounded to the centavo.") var received: String?
    @Option(help: "The bank or transfer reference (SPEI clave de rastreo, MTCN…).") var reference: String

    func remittance(
        sentCurrency defaultSent: CurrencyCode, receivedCurrency: CurrencyCode, style: NumberStyle
    ) throws(InputError) -> Remittance {
        let sentCode = try sentCurrency.map { code throws(InputError) in try CurrencyCode(code) } ?? defaultSent
        guard sent != nil || received != nil else {
            throw InputError(field: "--sent", value: "", expected: .positiveAmount)
        }
        let exchangeRate = try rate.map { text throws(InputError) in try ExchangeRate(parsing: text, field: "--rate") } ?? .one
        if sentCode != receivedCurrency && rate == nil {
            throw InputError(field: "--rate", value: "", expected: .exchangeRate)
        }
        let receivedMoney: Money
        let sentMoney: Money
        if let sent {
            sentMoney = try AmountParser.positiveMoney(sent, currency: sentCode, style: style, field: "--sent")
            if let received {
                receivedMoney = try AmountParser.positiveMoney(received, currency: receivedCurrency, style: style, field: "--received")
            } else if let converted = exchangeRate.convert(sentMoney, to: receivedCurrency) {
                receivedMoney = converted
            } else {
                throw InputError(field: "--rate", value: exchangeRate.description, expected: .amountWithinRange)
            }
        } else {
            receivedMoney = try AmountParser.positiveMoney(received!, currency: receivedCurrency, style: style, field: "--received")
            guard sentCode == receivedCurrency else { throw InputError(field: "--sent", value: "", expected: .positiveAmount) }
            sentMoney = receivedMoney
        }
        guard receivedMoney.isPositive else { throw InputError(field: "--received", value: received ?? "", expected: .positiveAmount) }
        let source = rateSource ?? (sentCode == receivedCurrency ? "same currency" : "")
        let remittance = Remittance(
            sent: sentMoney, fee: try AmountParser.money(fee, currency: sentCode, style: style, field: "--fee"),
            exchangeRate: exchangeRate,
            rateSource: try TextLimits.validated(source, field: "--rate-source", maximumCharacters: TextLimits.nameCharacters),
            marketRate: try marketRate.map { text throws(InputError) in try ExchangeRate(parsing: text, field: "--market-rate") },
            received: receivedMoney,
            reference: try TextLimits.validated(reference, field: "--reference", maximumCharacters: TextLimits.referenceCharacters))
        if let problem = RemittancePlausibility.problem(with: remittance) {
            throw RemittancePlausibility.inputError(
                problem, of: remittance, received: "--received", rate: "--rate", marketRate: "--market-rate")
        }
        return remittance
    }
}
