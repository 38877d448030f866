/// Why a text is not an amount.
public struct AmountParseError: Error, Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        case empty
        case signed
        case notANumber
        case otherStyle
        case badGrouping
        case tooManyDecimals
        case tooLarge

        func explanation(in language: Language, currency: String, style: NumberStyle) -> String {
            let example = style == .dotDecimal ? "1,234.50" : "1.234,50"
            let styleName =
                style == .dotDecimal
                ? say(language, es: "punto decimal", en: "decimal point")
                : say(language, es: "coma decimal", en: "decimal comma")
            let digits = (try? CurrencyCode(currency))?.minorDigits ?? 2
            let base = say(
                language, es: "un importe en \(currency) con \(styleName), como \(example)",
                en: "an amount in \(currency) with a \(styleName), like \(example)")
            switch self {
            case .empty: return base
            case .signed: return base + say(language, es: ", sin signo", en: ", without a sign")
            case .notANumber: return base
            case .otherStyle:
                let other =
                    style == .dotDecimal
                    ? say(language, es: "coma decimal, como 1.234,50", en: "decimal comma, like 1.234,50")
                    : say(language, es: "punto decimal, como 1,234.50", en: "decimal point, like 1,234.50")
                return base
                    + say(
                        language,
                        es:
                            " (el texto parece escrito en el otro estilo, con \(other); escriba los centavos tras \(style == .dotDecimal ? "un punto" : "una coma"))",
                        en:
                            " (the text looks written in the other style, with a \(other); write the cents after a \(style == .dotDecimal ? "point" : "comma"))"
                    )
            case .badGrouping:
                return base + say(language, es: " (miles en grupos de tres)", en: " (thousands in groups of three)")
            case .tooManyDecimals:
                return base + say(language, es: ", con \(digits) decimales como máximo", en: ", with at most \(digits) decimals")
            case .tooLarge:
                return base + say(language, es: ", no mayor que 10,000,000,000", en: ", no larger than 10,000,000,000")
            }
        }
    }

    public let text: String
    public let reason: Reason

    public init(text: String, reason: Reason) {
        self.text = text
        self.reason = reason
    }
}
