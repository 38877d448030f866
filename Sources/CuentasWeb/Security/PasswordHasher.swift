import CuentasCore
import HummingbirdBcrypt

/// Passwords are kept only as bcrypt hashes. The cost is the number of rounds as a power of two: 12 for real users
/// (about a quarter of a second here), lower only in tests.
public struct PasswordHasher: Sendable {
    public let cost: UInt8
    /// Fewer characters are refused: a short password falls to guessing whatever the hash.
    public static let minimumCharacters = 10
    /// bcrypt reads at most 72 bytes; longer would be silently cut.
    public static let maximumBytes = 72

    public init(cost: UInt8 = 12) {
        precondition((4...31).contains(cost), "bcrypt cost must be 4 to 31")
        self.cost = cost
    }

    /// Why a password cannot be used, in the caller's language; nil when it can.
    public static func problem(with password: String, in language: Language) -> String? {
        if password.count < minimumCharacters {
            return say(
                language, es: "la contraseña necesita al menos \(minimumCharacters) caracteres",
                en: "the password needs at least \(minimumCharacters) characters")
        }
        // bcrypt stops at a NUL byte: "secret\0anything" would be the password "secret".
        if password.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return say(
                language, es: "la contraseña no puede llevar caracteres de control", en: "the password cannot contain control characters")
        }
        if password.unicodeScalars.allSatisfy(\.properties.isWhitespace) || Set(password).count < 3 {
            return say(
                language, es: "la contraseña no puede ser solo espacios ni repetir uno o dos caracteres",
                en: "the password cannot be only spaces nor repeat one or two characters")
        }
        if password.utf8.count > maximumBytes {
            return say(
                language, es: "la contraseña puede tener como máximo \(maximumBytes) bytes",
                en: "the password can have at most \(maximumBytes) bytes")
        }
        return nil
    }

    public func hash(_ password: String) -> String {
        precondition(Self.problem(with: password, in: .english) == nil, "check the password before hashing it")
        return Bcrypt.hash(password, cost: cost)
    }

    public func verify(_ password: String, hash: String) -> Bool {
        guard password.utf8.count <= Self.maximumBytes, !password.utf8.contains(0) else { return false }
        return Bcrypt.verify(password, hash: hash)
    }
}
