/// A matching scheme file that cannot be used.
public enum SchemeError: ExplainedError, Equatable {
    case unreadable(String)
    case unsupportedFormat(String)
    case invalidField(InputError)
    case noShares
    case repeatedRole
    case partsOutOfRange(FundingRole)
    case badCap(FundingRole)
    case unknownRole(FundingRole)
    case capWithoutCoverage
    case coveringRoleIsCapped(FundingRole)

    public func explanation(in language: Language) -> String {
        switch self {
        case .unreadable(let detail):
            return say(
                language, es: "el archivo no es JSON de esquema válido: \(detail)", en: "the file is not valid scheme JSON: \(detail)")
        case .unsupportedFormat(let format):
            return say(
                language, es: "formato \"\(format)\" desconocido; se espera \"cuentas-scheme-1\"",
                en: "unknown format \"\(format)\"; expected \"cuentas-scheme-1\"")
        case .invalidField(let error): return error.explanation(in: language)
        case .noShares:
            return say(
                language, es: "el esquema necesita al menos una parte mayor que cero",
                en: "the scheme needs at least one share with parts above zero")
        case .repeatedRole: return say(language, es: "un papel aparece dos veces en shares", en: "a role appears twice in shares")
        case .partsOutOfRange(let role):
            return say(
                language, es: "parts de \(role.rawValue) debe estar entre 0 y 10000",
                en: "parts of \(role.rawValue) must be between 0 and 10000")
        case .badCap(let role):
            return say(
                language, es: "el tope de \(role.rawValue) debe ser positivo y en la moneda del esquema",
                en: "the cap of \(role.rawValue) must be positive and in the scheme's currency")
        case .unknownRole(let role):
            return say(language, es: "\(role.rawValue) no tiene parte en el esquema", en: "\(role.rawValue) has no share in the scheme")
        case .capWithoutCoverage:
            return say(
                language, es: "un esquema con tope debe decir quién cubre el excedente (capExcessCoveredBy)",
                en: "a scheme with a cap must say who covers the excess (capExcessCoveredBy)")
        case .coveringRoleIsCapped(let role):
            return say(
                language, es: "\(role.rawValue) tiene tope y no puede cubrir el excedente",
                en: "\(role.rawValue) is capped and cannot cover the excess")
        }
    }
}
