import CuentasCore
import CuentasStore

/// A sending as typed on the command line: amounts, rates and names checked, each refusal naming its option.
struct SendingInput {
    let sent: String
    let fee: String
    let rate: String?
    let rateSource: String?
    let marketRate: String?
    let provider: String
    let reference: String

    func sending(club: Club, project: Project, style: NumberStyle) throws(InputError) -> Sending {
        let currency = club.fundCurrency
        let quoted = try rate.map { text throws(InputError) in try ExchangeRate(parsing: text, field: "--rate") } ?? .one
        if currency != project.currency && rate == nil { throw InputError(field: "--rate", value: "", expected: .exchangeRate) }
        let sending = Sending(
            clubID: club.id, folio: project.folio,
            sent: try AmountParser.positiveMoney(sent, currency: currency, style: style, field: "--sent"),
            fee: try AmountParser.money(fee, currency: currency, style: style, field: "--fee"), quotedRate: quoted,
            rateSource: try TextLimits.validated(
                rateSource ?? (currency == project.currency ? "same currency" : ""), field: "--rate-source",
                maximumCharacters: TextLimits.nameCharacters),
            marketRate: try marketRate.map { text throws(InputError) in try ExchangeRate(parsing: text, field: "--market-rate") },
            provider: try TextLimits.validated(provider, field: "--provider", maximumCharacters: TextLimits.nameCharacters),
            reference: try TextLimits.validated(reference, field: "--reference", maximumCharacters: TextLimits.referenceCharacters))
        // The quoted rate is checked against the market rate as a transfer's is: what should arrive stands for what did.
        guard let expected = sending.expected(in: project.currency) else {
            throw InputError(field: "--rate", value: quoted.description, expected: .amountWithinRange)
        }
        let remittance = Remittance(
            sent: sending.sent, fee: sending.fee, exchangeRate: quoted, rateSource: sending.rateSource, marketRate: sending.marketRate,
            received: expected, reference: sending.reference)
        if let problem = RemittancePlausibility.problem(with: remittance) {
            throw RemittancePlausibility.inputError(problem, of: remittance, received: "--sent", rate: "--rate", marketRate: "--market-rate")
        }
        return sending
    }

    /// The recorded movement numbered `id`; refused when there is none.
    static func sending(numbered id: MovementID, in store: LedgerStore) throws -> Movement {
        guard let movement = try store.movements(numbered: [id]).first else {
            throw LedgerViolation(folio: nil, movementID: nil, rule: .unknownSending(id))
        }
        return movement
    }
}
