import CuentasIntegrity

/// Unguessable tokens for forms (anti-forgery, one-time submission keys) from the system's random generator.
enum RandomToken {
    /// 32 random bytes as 64 hexadecimal characters.
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return HashChain.hex((0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    /// Compares two tokens in time that does not depend on where they differ.
    static func same(_ left: String, _ right: String) -> Bool {
        let a = Array(left.utf8), b = Array(right.utf8)
        guard a.count == b.count, !a.isEmpty else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
