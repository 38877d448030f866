/// The kinds of entries in the ledger. The raw values are stored and appear in CSV and JSON.
public enum MovementKind: String, Sendable, CaseIterable, Codable {
    /// A party's commitment to pay part of a project.
    case pledge
    /// A party's money arriving in the project account.
    case deposit
    /// Money from a member or an event into a club's fund.
    case donation
    /// Money from a club's fund to a project: the club's deposit.
    case transfer
    /// Project money paid to a contractor or supplier against an invoice.
    case payment
    /// Project money returned to the party that gave it (a cancelled project's leftover).
    case refund
    /// A report of physical progress.
    case progress
    /// A change of project status.
    case status
    /// An entry that undoes an earlier one.
    case reversal
    /// Money a club sent from its fund to a project, in transit until the other side confirms it.
    case sending
    /// The executing agency's confirmation that a sending reached the project account.
    case arrival
    /// A sending the bank returned to the club's fund.
    case returned

    public func name(in language: Language) -> String {
        switch self {
        case .pledge: return say(language, es: "compromiso", en: "pledge")
        case .deposit: return say(language, es: "depósito", en: "deposit")
        case .donation: return say(language, es: "donativo", en: "donation")
        case .transfer: return say(language, es: "envío", en: "transfer")
        case .payment: return say(language, es: "pago", en: "payment")
        case .refund: return say(language, es: "reembolso", en: "refund")
        case .progress: return say(language, es: "avance", en: "progress")
        case .status: return say(language, es: "estado", en: "status")
        case .reversal: return say(language, es: "reversión", en: "reversal")
        case .sending: return say(language, es: "envío en camino", en: "sending")
        case .arrival: return say(language, es: "llegada de un envío", en: "arrival")
        case .returned: return say(language, es: "envío devuelto", en: "returned sending")
        }
    }
}
