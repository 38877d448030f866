import CuentasIntegrity
import Foundation

/// A one-time link with which a new user (or one who forgot their password) chooses their own password, instead of a
/// password typed by someone else: `BASE/app/setup/TOKEN`. The token is 32 random bytes; the ledger keeps only its
/// SHA-256, so a copy of the ledger file holds no usable link. A link works once, until it expires, and only if it is
/// the user's latest.
public struct SetupLink: Sendable {
    /// How long a link works unless told otherwise: three days, time to forward it in a chat and open it.
    public static let defaultValidity: TimeInterval = 72 * 3600

    public let token: String
    public var tokenHash: String { Self.hash(token) }

    public init() { token = RandomToken.make() }

    public static func hash(_ token: String) -> String { HashChain.sha256(Array(token.utf8)) }

    /// The link's address under the app's public address (`https://cuentas.example.org`).
    public func url(base: String) -> String {
        var base = base
        while base.hasSuffix("/") { base.removeLast() }
        return "\(base)/app/setup/\(token)"
    }

    /// Whether a path segment can be a token at all (64 lowercase hexadecimal characters): anything else is refused
    /// before the ledger is asked.
    public static func looksLikeToken(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
