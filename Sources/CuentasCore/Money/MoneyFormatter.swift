/// Writes amounts for people, per language, without depending on the machine's locale data.
///
/// Spanish (es-MX): "$1,234.50 MXN", "$1,234.50 USD". English (en-US): "MX$1,234.50", "US$1,234.50".
/// Mexican Spanish groups with commas and uses a decimal point, like English. The currency is always named, since a
/// statement mixes pesos and dollars and "$" alone is ambiguous.
public enum MoneyFormatter {
    public static func format(_ money: Money, in language: Language) -> String {
        let sign = money.isNegative ? "-" : ""
        let number = groupedDecimal(money.minorUnits.magnitude, minorDigits: money.currency.minorDigits)
        switch language {
        case .spanish:
            return "\(sign)$\(number) \(money.currency.code)"
        case .english:
            let symbol: String
            switch money.currency.code {
            case "USD": symbol = "US$"
            case "MXN": symbol = "MX$"
            case "CAD": symbol = "CA$"
            default: symbol = money.currency.code + " "
            }
            return "\(sign)\(symbol)\(number)"
        }
    }

    /// "1,234,567.89" from 123456789 minor units with two digits.
    static func groupedDecimal(_ minorUnits: UInt64, minorDigits: Int) -> String {
        var perMajor: UInt64 = 1
        for _ in 0..<minorDigits { perMajor *= 10 }
        let major = String(minorUnits / perMajor)
        var grouped = ""
        for (index, character) in major.enumerated() {
            if index > 0 && (major.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        guard minorDigits > 0 else { return grouped }
        let minor = String(minorUnits % perMajor)
        return grouped + "." + String(repeating: "0", count: minorDigits - minor.count) + minor
    }

    /// A percentage given in basis points (hundredths of a percent): "45.25 %" in Spanish, "45.25%" in English.
    public static func percent(basisPoints: Int64, in language: Language) -> String {
        let sign = basisPoints < 0 ? "-" : ""
        let magnitude = basisPoints.magnitude
        let whole = magnitude / 100
        let fraction = magnitude % 100
        let number = fraction == 0 ? "\(whole)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
        return language == .spanish ? "\(sign)\(number) %" : "\(sign)\(number)%"
    }
}
