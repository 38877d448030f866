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

    /// "1,234,567.89" from 123456789 minor units with two digits. Written digit by digit from the right into bytes:
    /// every statement shows dozens of amounts, and 46,400 of them nationally.
    static func groupedDecimal(_ minorUnits: UInt64, minorDigits: Int) -> String {
        precondition((0...18).contains(minorDigits), "a currency has at most 18 minor digits")
        // 20 digits, 6 commas and a point at most.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(27)
        var rest = minorUnits
        for _ in 0..<minorDigits {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        }
        if minorDigits > 0 { bytes.append(UInt8(ascii: ".")) }
        var digits = 0
        repeat {
            if digits > 0 && digits % 3 == 0 { bytes.append(UInt8(ascii: ",")) }
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
        return language == .spanish ? "\(sign)\(number) %" : "\(sign)\(number)%"
    }
}
