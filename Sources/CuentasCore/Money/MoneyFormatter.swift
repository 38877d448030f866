/// Writes amounts for people, per language, without depending on the machine's locale data.
///
/// Spanish (es-MX): "$1,234.50 MXN", "$1,234.50 USD". English (en-US): "MX$1,234.50", "US$1,234.50".
/// Mexican Spanish groups with commas and uses a decimal point, like English. The currency is always named, since a
/// statement mixes pesos and dollars and "$" alone is ambiguous.
public enum MoneyFormatter {
    public static func format(_ money: Money, in language: Language) -> String {
        format(negative: money.isNegative, magnitude: money.minorUnits.magnitude, currency: money.currency, in: language)
    }

    /// A total, however large (`MoneyTotal`), written like any amount.
    public static func format(_ total: MoneyTotal, in language: Language) -> String {
        format(negative: total.isNegative, magnitude: total.minorUnits.magnitude, currency: total.currency, in: language)
    }

    private static func format<Magnitude: UnsignedInteger & FixedWidthInteger>(
        negative: Bool, magnitude: Magnitude, currency: CurrencyCode, in language: Language
    ) -> String {
        let sign = negative ? "-" : ""
        let number = groupedDecimal(magnitude, minorDigits: currency.minorDigits)
        switch language {
        case .spanish:
            return "\(sign)$\(number) \(currency.code)"
        case .english:
            let symbol: String
            switch currency.code {
            case "USD": symbol = "US$"
            case "MXN": symbol = "MX$"
            case "CAD": symbol = "CA$"
            default: symbol = currency.code + " "
            }
            return "\(sign)\(symbol)\(number)"
        }
    }

    /// "1234.50" or "-1234.50": the plain decimal of CSV and XML, for `Money` and `MoneyTotal` alike.
    static func plainDecimal<Magnitude: UnsignedInteger & FixedWidthInteger>(
        negative: Bool, magnitude: Magnitude, minorDigits: Int
    ) -> String {
        (negative ? "-" : "") + digits(magnitude, minorDigits: minorDigits, grouped: false)
    }

    /// "1,234,567.89" from 123456789 minor units with two digits.
    static func groupedDecimal<Magnitude: UnsignedInteger & FixedWidthInteger>(_ minorUnits: Magnitude, minorDigits: Int) -> String {
        digits(minorUnits, minorDigits: minorDigits, grouped: true)
    }

    /// Written digit by digit from the right into bytes: every statement shows dozens of amounts, and 46,400 of them
    /// nationally.
    private static func digits<Magnitude: UnsignedInteger & FixedWidthInteger>(
        _ minorUnits: Magnitude, minorDigits: Int, grouped: Bool
    ) -> String {
        precondition((0...18).contains(minorDigits), "a currency has at most 18 minor digits")
        // 39 digits, 12 commas and a point at most (128 bits).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(52)
        var rest = minorUnits
        for _ in 0..<minorDigits {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        }
        if minorDigits > 0 { bytes.append(UInt8(ascii: ".")) }
        var digits = 0
        repeat {
            if grouped && digits > 0 && digits % 3 == 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
            digits += 1
        } while rest > 0
        bytes.reverse()
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A percentage given in basis points (hundredths of a percent): "45.25 %" in Spanish, "45.25%" in English.
    public static func percent(basisPoints: Int64, in language: Language) -> String {
        let sign = basisPoints < 0 ? "-" : ""
        let magnitude = basisPoints.magnitude
        let whole = magnitude / 100
        let fraction = magnitude % 100
        let number = fraction == 0 ? "\(whole)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
        return say(language, es: "\(sign)\(number) %", en: "\(sign)\(number)%")
    }
}
