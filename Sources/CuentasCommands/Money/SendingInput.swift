import CuentasTables
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
        guard let remittance = sending.expectedRemittance(in: project.currency) else {
            throw InputError(field: "--rate", value: quoted.description, expected: .amountWithinRange)
        }
        if let problem = RemittancePlausibility.problem(with: remittance) {
            throw RemittancePlausibility.inputError(
                problem, of: remittance, received: "--sent", rate: "--rate", marketRate: "--market-rate")
        }
        return sending
    }

    /// The recorded movement numbered `id`; refused when there is none.
    static func sending(numbered id: MovementID, in store: any SharedLedger) throws -> Movement {
        guard let movement = try store.movements(numbered: [id]).first else {
            throw LedgerViolation(folio: nil, movementID: nil, rule: .unknownSending(id))
        }
        return movement
    }
}
