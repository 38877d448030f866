/// An ISO 4217 currency code with the number of digits of its minor unit (centavos, cents).
/// Only codes in `known` are accepted: a typo such as "MNX" is refused, not invented.
public struct CurrencyCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let code: String
    public let minorDigits: Int

    /// The currencies of the corridors this program serves. Add a code here with its minor-unit digits.
    static let known: [String: Int] = [
        "MXN": 2, "USD": 2, "CAD": 2, "EUR": 2, "GBP": 2, "GTQ": 2, "HNL": 2, "NIO": 2, "CRC": 2,
        "DOP": 2, "COP": 2, "PEN": 2, "BOB": 2, "JPY": 0, "CLP": 0,
    ]
    static let knownCodesList = known.keys.sorted().joined(separator: ", ")

    public static let mexicanPeso = CurrencyCode(checked: "MXN")
    public static let usDollar = CurrencyCode(checked: "USD")

    public init(_ code: String) throws(InputError) {
        let upper = code.uppercased()
        guard let digits = Self.known[upper] else {
            throw InputError(field: "currency", value: code, expected: .currencyCode)
        }
        self.code = upper
        self.minorDigits = digits
    }

    private init(checked code: String) {
        self.code = code
        self.minorDigits = Self.known[code]!
    }

    /// How many minor units make one major unit (100 for MXN).
    public var minorUnitsPerMajor: Int64 {
        var result: Int64 = 1
        for _ in 0..<minorDigits { result *= 10 }
        return result
    }

    public var description: String { code }
    public static func < (left: CurrencyCode, right: CurrencyCode) -> Bool { left.code < right.code }
}
