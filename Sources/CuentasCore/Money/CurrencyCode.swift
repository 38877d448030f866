/// An ISO 4217 currency code with the number of digits of its minor unit (centavos, cents).
/// Only codes in `known` are accepted: a typo such as "MNX" is refused, not invented.
public struct CurrencyCode: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The three letters in one number, the first in the highest byte (so numbers sort as the codes do), and the
    /// digits: eight bytes instead of a text and a whole number. Every amount of a national ledger carries one.
    private let letters: UInt32
    private let digits: UInt8

    /// The three-letter code, "MXN".
    public var code: String {
        // Written straight into a small string (no array in between): every amount hashed or rendered asks for it.
        String(unsafeUninitializedCapacity: 3) { buffer in
            buffer[0] = UInt8(truncatingIfNeeded: letters >> 16)
            buffer[1] = UInt8(truncatingIfNeeded: letters >> 8)
            buffer[2] = UInt8(truncatingIfNeeded: letters)
            return 3
        }
    }
    public var minorDigits: Int { Int(digits) }

    /// The currencies of the corridors this program serves. Add a code here with its minor-unit digits.
    static let known: [String: Int] = [
        "MXN": 2, "USD": 2, "CAD": 2, "EUR": 2, "GBP": 2, "GTQ": 2, "HNL": 2, "NIO": 2, "CRC": 2,
        "DOP": 2, "COP": 2, "PEN": 2, "BOB": 2, "JPY": 0, "CLP": 0,
    ]
    static let knownCodesList = known.keys.sorted().joined(separator: ", ")
    /// Every code the program knows, in alphabetical order (a form's list of currencies).
    public static let knownCodes = known.keys.sorted()

    public static let mexicanPeso = CurrencyCode(checked: "MXN")
    public static let usDollar = CurrencyCode(checked: "USD")

    /// The known codes by their letters as one number: a stored code, already in upper case, is found without
    /// building an upper-case copy of it (a national ledger's replay reads three million of them).
    private static let knownByLetters: [UInt32: UInt8] = Dictionary(
        uniqueKeysWithValues: known.map { code, digits in (CurrencyCode(checked: code, digits: digits).letters, UInt8(digits)) })

    public init(_ code: String) throws(InputError) {
        var utf8 = code.utf8.makeIterator()
        if code.utf8.count == 3, let first = utf8.next(), let second = utf8.next(), let third = utf8.next() {
            let letters = UInt32(first) << 16 | UInt32(second) << 8 | UInt32(third)
            if let digits = Self.knownByLetters[letters] {
                self.init(letters: letters, digits: digits)
                return
            }
        }
        let upper = code.uppercased()
        guard let digits = Self.known[upper] else {
            throw InputError(field: "currency", value: code, expected: .currencyCode)
        }
        self.init(checked: upper, digits: digits)
    }

    private init(checked code: String) {
        self.init(checked: code, digits: Self.known[code]!)
    }

    private init(checked code: String, digits: Int) {
        let bytes = Array(code.utf8)
        precondition(bytes.count == 3 && (0...9).contains(digits), "a known code is three ASCII letters")
        self.init(letters: UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2]), digits: UInt8(digits))
    }

    private init(letters: UInt32, digits: UInt8) {
        self.letters = letters
        self.digits = digits
    }

    /// How many minor units make one major unit (100 for MXN).
    public var minorUnitsPerMajor: Int64 {
        var result: Int64 = 1
        for _ in 0..<minorDigits { result *= 10 }
        return result
    }

    public var description: String { code }
    public static func < (left: CurrencyCode, right: CurrencyCode) -> Bool { left.letters < right.letters }
}
