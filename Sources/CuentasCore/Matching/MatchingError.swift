/// A scheme cannot be applied to a project as asked.
public enum MatchingError: ExplainedError, Equatable {
    case costNotPositive
    case currencyDiffers(scheme: CurrencyCode, cost: CurrencyCode)
    case agreementRolesDiffer(expected: [FundingRole])
    case agreementTotalDiffers(expected: Int64, given: Int64)

    public func explanation(in language: Language) -> String {
        switch self {
        case .costNotPositive: return say(language, es: "el costo debe ser mayor que cero", en: "the cost must be greater than zero")
        case .currencyDiffers(let scheme, let cost):
            return say(
                language, es: "el esquema es en \(scheme) y el costo en \(cost)", en: "the scheme is in \(scheme) and the cost in \(cost)")
        case .agreementRolesDiffer(let expected):
            let names = expected.map(\.rawValue).joined(separator: ", ")
            return expected.isEmpty
                ? say(language, es: "este esquema no admite reparto por convenio", en: "this scheme has no split by agreement")
                : say(language, es: "el convenio debe dar partes a: \(names)", en: "the agreement must give parts to: \(names)")
        case .agreementTotalDiffers(let expected, let given):
            return say(
                language, es: "las partes del convenio suman \(given); deben sumar \(expected)",
                en: "the agreed parts add up to \(given); they must add up to \(expected)")
        }
    }
}
