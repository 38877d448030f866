/// The code on a donation's receipt: what a member reads aloud on the phone or types into a browser to find where their
/// money went.
///
/// Ten characters of Douglas Crockford's base 32 (digits and capital letters without I, L, O and U, so that nothing
/// reads as something else), written in two groups of five: `7KQ2M-XW4RP`. The first nine are drawn at random from the
/// system's cryptographic generator (45 bits: about 35 trillion codes, so one cannot be guessed from another); the
/// tenth is Crockford's check symbol, the nine's value modulo 37, which catches any one character mistyped and any two
/// neighbours swapped. A code is given once and never reused (the ledger keeps it unique).
public struct ReceiptCode: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The ten symbols without the hyphen: `7KQ2MXW4RP`.
    public let compact: String

    public static let randomSymbols = 9
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    /// The check symbol takes 37 values: the 32 of the alphabet and these five.
    static let checkSymbols = alphabet + Array("*~$=U")

    private init(compact: String) { self.compact = compact }

    /// As printed and read aloud: two groups of five.
    public var text: String { String(compact.prefix(5)) + "-" + String(compact.dropFirst(5)) }
    public var description: String { text }

    public static func < (lhs: ReceiptCode, rhs: ReceiptCode) -> Bool { lhs.compact < rhs.compact }

    /// A new code from `generator` (the system's cryptographic one unless a test gives its own).
    public static func random<G: RandomNumberGenerator>(using generator: inout G) -> ReceiptCode {
        let value = generator.next(upperBound: UInt64(1) << (5 * UInt64(randomSymbols)))
        return ReceiptCode(value: value)
    }

    public static func random() -> ReceiptCode {
        var generator = SystemRandomNumberGenerator()
        return random(using: &generator)
    }

    /// The code of a 45-bit value: nine symbols and the check symbol.
    init(value: UInt64) {
        precondition(value < UInt64(1) << 45, "a receipt code carries 45 bits")
        var symbols: [Character] = []
        var rest = value
        for _ in 0..<Self.randomSymbols {
            symbols.append(Self.alphabet[Int(rest & 31)])
            rest >>= 5
        }
        symbols.reverse()
        symbols.append(Self.checkSymbols[Int(value % 37)])
        compact = String(symbols)
    }

    /// Reads a code as a person may type it: any case, with or without the hyphen or spaces, O for zero and I or L for
    /// one (Crockford's rule). Throws what is wrong with it: the length, a character that is not a symbol, or a check
    /// symbol that does not match (a character mistyped).
    public init(parsing typed: String) throws(ReceiptCodeError) {
        let cleaned = typed.uppercased().filter { $0 != "-" && $0 != " " }
        guard cleaned.count == Self.randomSymbols + 1 else { throw .wrongLength(typed: typed, count: cleaned.count) }
        var value: UInt64 = 0
        var symbols: [Character] = []
        for (position, character) in cleaned.enumerated() {
            let read: Character
            switch character {
            case "O": read = "0"
            case "I", "L": read = "1"
            default: read = character
            }
            if position == Self.randomSymbols {
                guard let check = Self.checkSymbols.firstIndex(of: read) else {
                    throw .notASymbol(typed: typed, character: character, position: position + 1)
                }
                guard UInt64(check) == value % 37 else { throw .checkFails(typed: typed) }
            } else {
                guard let digit = Self.alphabet.firstIndex(of: read) else {
                    throw .notASymbol(typed: typed, character: character, position: position + 1)
                }
                value = value << 5 | UInt64(digit)
            }
            symbols.append(read)
        }
        self.init(compact: String(symbols))
    }
}

/// Why a typed receipt code is not one.
public enum ReceiptCodeError: Error, Equatable, Sendable {
    case wrongLength(typed: String, count: Int)
    case notASymbol(typed: String, character: Character, position: Int)
    /// The check symbol does not match the other nine: a character was mistyped or two were swapped.
    case checkFails(typed: String)

    public func message(in language: Language) -> String {
        switch self {
        case .wrongLength(let typed, let count):
            return say(
                language,
                es: "el código de recibo \"\(typed)\" tiene \(count) letras y cifras; un código de recibo tiene 10, como 7KQ2M-XW4RP",
                en: "receipt code \"\(typed)\" has \(count) letters and digits; a receipt code has 10, like 7KQ2M-XW4RP")
        case .notASymbol(let typed, let character, let position):
            return say(
                language,
                es:
                    "código de recibo \"\(typed)\": el carácter \(position) (\"\(character)\") no se usa en los códigos (cifras y letras salvo la U)",
                en:
                    "receipt code \"\(typed)\": character \(position) (\"\(character)\") is not used in receipt codes (digits and letters but U)"
            )
        case .checkFails(let typed):
            return say(
                language,
                es:
                    "el código de recibo \"\(typed)\" no cuadra: hay un carácter mal escrito o dos cambiados de lugar; léalo otra vez del recibo",
                en: "receipt code \"\(typed)\" does not check: one character is mistyped or two are swapped; read it again from the receipt"
            )
        }
    }
}
