import Foundation

/// Bad input from a person: names the field, the value given, and what was expected.
/// The command line and the importer add where it came from (option, file, line).
public struct InputError: ExplainedError, Equatable {
    public enum Expectation: Equatable, Sendable {
        case nonEmptyText
        case textOfAtMost(Int)
        case textWithoutControlCharacters
        /// No zero-width, direction or byte-order characters (U+200B–U+200F, U+202A–U+202E, U+2060–U+2064,
        /// U+2066–U+2069, U+FEFF).
        case textWithoutInvisibleCharacters
        case identifier
        case date
        /// A real date between two days (a recorded event: not before 2000, not after today).
        case dateBetween(CalendarDate, CalendarDate)
        case amount(AmountParseError.Reason, currency: String, style: NumberStyle)
        case positiveAmount
        case currencyCode
        case sameCurrency(String)
        case exchangeRate
        case percentage
        case oneOf([String])
        case wholeNumber
        case invoiceUUID
        case taxID
        /// A sign-in name: lowercase letters, digits, '.', '_' and '-'.
        case userName
        /// A club or municipality given to a role that has none (an auditor, say).
        case noScopeForRole(String)
        /// An amount between two others (what arrived, given what was sent and the rate).
        case amountBetween(low: Money, high: Money)
        /// A figure the ledger can keep (at most `Money.maximumMinorUnits`).
        case amountWithinRange
        /// A rate between two others (the market rate, given the bank's).
        case rateBetween(low: ExchangeRate, high: ExchangeRate)
        /// A rate of 1: no conversion within one currency.
        case rateOfOne
        /// A real date on or after another (an expiry, given the first day).
        case dateOnOrAfter(CalendarDate)
        /// A donation's giver: a member's number or an event's name, one of the two.
        case memberOrEvent
        /// Nothing in this field, since the member is given.
        case emptyWhenMemberGiven
        /// An amount of at least this much (a budget line's new amount, given what was already paid on it).
        case amountAtLeast(Money)
        /// A cost whose shares leave a party's pledge at least what it already gave.
        case pledgeCoveringGiven(String, Money)
        /// An amount other than this one, which the line already has (a re-programming typed twice).
        case amountOtherThan(Money)
        /// Line amounts adding up to this total (a re-programming keeps the approved cost).
        case linesAddingUpTo(Money)
        /// At least one way to reach a contact: a phone, an e-mail or an address.
        case contactMeans
        case emailAddress

        /// True when the value alone is wrong, whatever the other fields hold (a date that is no date); false when it is
        /// wrong only beside another field (an amount received, given what was sent). A form lists every problem of
        /// the first kind at once.
        public var concernsTheValueAlone: Bool {
            switch self {
            case .nonEmptyText, .textOfAtMost, .textWithoutControlCharacters, .textWithoutInvisibleCharacters, .identifier, .date,
                .dateBetween, .amount, .positiveAmount, .currencyCode, .exchangeRate, .percentage, .oneOf, .wholeNumber,
                .invoiceUUID, .taxID, .userName, .emailAddress:
                return true
            case .sameCurrency, .noScopeForRole, .amountBetween, .amountWithinRange, .rateBetween, .rateOfOne, .memberOrEvent,
                .emptyWhenMemberGiven, .dateOnOrAfter, .amountAtLeast, .linesAddingUpTo, .amountOtherThan, .pledgeCoveringGiven,
                .contactMeans:
                return false
            }
        }
    }

    public let field: String
    public let value: String
    public let expected: Expectation

    public init(field: String, value: String, expected: Expectation) {
        self.field = field
        self.value = value
        self.expected = expected
    }

    public func explanation(in language: Language) -> String {
        "\(field): " + explanationBesideField(in: language)
    }

    /// The message without the field's name, for a form that shows it beside the field (whose label, in the page's
    /// language, already names it).
    public func explanationBesideField(in language: Language) -> String {
        // Control and invisible characters are written as U+XXXX: a message never sends a terminal escape to the screen.
        let shown = value.isEmpty ? say(language, es: "(vacío)", en: "(empty)") : "\"\(TextLimits.shown(value))\""
        return say(language, es: "\(shown) no es válido; se espera ", en: "\(shown) is not valid; expected ") + expectation(in: language)
    }

    public func expectation(in language: Language) -> String {
        switch expected {
        case .nonEmptyText: return say(language, es: "un texto no vacío", en: "a non-empty text")
        case .textOfAtMost(let limit):
            return say(language, es: "un texto de \(limit) caracteres como máximo", en: "a text of at most \(limit) characters")
        case .textWithoutControlCharacters:
            return say(language, es: "texto sin caracteres de control", en: "text without control characters")
        case .textWithoutInvisibleCharacters:
            return say(
                language, es: "texto sin caracteres invisibles ni de dirección (de ancho cero, RLO, LRO…)",
                en: "text without invisible or direction characters (zero-width, RLO, LRO…)")
        case .identifier:
            return say(
                language,
                es:
                    "un identificador de 1 a \(TextLimits.identifierCharacters) letras, dígitos, '-', '_' o '.' que empiece con letra o dígito",
                en:
                    "an identifier of 1 to \(TextLimits.identifierCharacters) letters, digits, '-', '_' or '.', starting with a letter or digit"
            )
        case .date:
            return say(language, es: "una fecha real AAAA-MM-DD (p. ej. 2024-03-15)", en: "a real date YYYY-MM-DD (e.g. 2024-03-15)")
        case .dateBetween(let earliest, let latest):
            return say(
                language, es: "una fecha real AAAA-MM-DD entre \(earliest.isoText) y \(latest.isoText)",
                en: "a real date YYYY-MM-DD between \(earliest.isoText) and \(latest.isoText)")
        case .amount(let reason, let currency, let style):
            return reason.explanation(in: language, currency: currency, style: style)
        case .positiveAmount: return say(language, es: "un importe mayor que cero", en: "an amount greater than zero")
        case .currencyCode:
            return say(
                language, es: "un código de moneda ISO 4217 conocido (\(CurrencyCode.knownCodesList))",
                en: "a known ISO 4217 currency code (\(CurrencyCode.knownCodesList))")
        case .sameCurrency(let code): return say(language, es: "un importe en \(code)", en: "an amount in \(code)")
        case .exchangeRate:
            return say(
                language, es: "un tipo de cambio positivo con hasta 6 decimales (p. ej. 17.0512)",
                en: "a positive exchange rate with up to 6 decimals (e.g. 17.0512)")
        case .percentage: return say(language, es: "un porcentaje entero de 0 a 100", en: "a whole percentage from 0 to 100")
        case .oneOf(let choices):
            return say(language, es: "uno de: ", en: "one of: ") + choices.joined(separator: ", ")
        case .wholeNumber: return say(language, es: "un número entero positivo", en: "a positive whole number")
        case .invoiceUUID:
            return say(
                language, es: "el folio fiscal (UUID) del CFDI, 36 caracteres como 6F9619FF-8B86-D011-B42D-00C04FC964FF",
                en: "the CFDI invoice UUID, 36 characters like 6F9619FF-8B86-D011-B42D-00C04FC964FF")
        case .taxID:
            return say(language, es: "un RFC de 12 o 13 caracteres", en: "an RFC tax id of 12 or 13 characters")
        case .contactMeans:
            return say(
                language, es: "al menos un medio de contacto: --phone, --email o --address",
                en: "at least one way to reach them: --phone, --email or --address")
        case .emailAddress:
            return say(language, es: "un correo como nombre@dominio.mx", en: "an e-mail address like name@domain.org")
        case .userName:
            return say(
                language, es: "un nombre de 1 a 60 letras minúsculas, dígitos, '.', '_' o '-'",
                en: "a name of 1 to 60 lowercase letters, digits, '.', '_' or '-'")
        case .noScopeForRole(let role):
            return say(
                language, es: "nada: el rol \(role) no lleva club ni municipio", en: "nothing: the role \(role) has no club or municipality"
            )
        case .amountBetween(let low, let high):
            let range = "\(MoneyFormatter.format(low, in: language)) – \(MoneyFormatter.format(high, in: language))"
            return say(
                language, es: "un importe entre \(range): lo enviado por el tipo de cambio, menos hasta 20 % de comisiones en el camino",
                en: "an amount between \(range): what was sent times the rate, less up to 20 % of fees on the way")
        case .amountWithinRange:
            let limit = MoneyFormatter.groupedDecimal(UInt64(Money.maximumMinorUnits), minorDigits: 2)
            return say(
                language, es: "un importe convertido de \(limit) como máximo; revise el tipo de cambio",
                en: "a converted amount of at most \(limit); check the exchange rate")
        case .rateBetween(let low, let high):
            return say(
                language, es: "un tipo de cambio de mercado entre \(low) y \(high), cerca del que aplicó el banco",
                en: "a market rate between \(low) and \(high), near the rate the bank applied")
        case .rateOfOne:
            return say(language, es: "1: en la misma moneda no hay tipo de cambio", en: "1: within one currency there is no exchange rate")
        case .dateOnOrAfter(let first):
            return say(
                language, es: "una fecha real AAAA-MM-DD no anterior al \(first.isoText)",
                en: "a real date YYYY-MM-DD on or after \(first.isoText)")
        case .memberOrEvent:
            return say(
                language, es: "el número de un miembro o el nombre de un evento, uno de los dos",
                en: "a member's number or an event's name, one of the two")
        case .emptyWhenMemberGiven:
            return say(language, es: "nada, porque ya se indicó el miembro", en: "nothing, since the member is given")
        case .amountAtLeast(let floor):
            let shown = MoneyFormatter.format(floor, in: language)
            return say(
                language, es: "un importe de al menos \(shown), lo ya pagado en esa línea",
                en: "an amount of at least \(shown), what was already paid on that line")
        case .pledgeCoveringGiven(let party, let given):
            let shown = MoneyFormatter.format(given, in: language)
            return say(
                language, es: "un costo cuya parte para \(party) no quede por debajo de los \(shown) que ya aportó",
                en: "a cost whose share for \(party) is not below the \(shown) it already gave")
        case .amountOtherThan(let current):
            let shown = MoneyFormatter.format(current, in: language)
            return say(
                language, es: "un importe distinto de \(shown), el que la línea ya tiene",
                en: "an amount other than \(shown), which the line already has")
        case .linesAddingUpTo(let total):
            let shown = MoneyFormatter.format(total, in: language)
            return say(
                language, es: "líneas que sumen \(shown), el costo aprobado (una reprogramación mueve dinero entre líneas)",
                en: "lines adding up to \(shown), the approved cost (a re-programming moves money between lines)")
        }
    }
}
