import Crypto
import Foundation

/// An Ed25519 key pair with the name of whoever signs with it ("Tesorería Municipal de …"). The private key lives only
/// in its file (mode 0600): never in the ledger, never in anything published.
public struct SigningIdentity: Sendable {
    public let name: String
    /// The raw private key (kept as bytes so the identity can cross threads).
    private let privateKeyBytes: Data

    public static let fileHeader = "cuentas-signing-key-1"

    public static func generate(name: String) -> SigningIdentity {
        SigningIdentity(name: name, privateKey: Curve25519.Signing.PrivateKey())
    }

    private var privateKey: Curve25519.Signing.PrivateKey {
        try! Curve25519.Signing.PrivateKey(rawRepresentation: privateKeyBytes)
    }

    public var publicIdentity: PublicIdentity {
        PublicIdentity(name: name, publicKey: privateKey.publicKey.rawRepresentation)
    }

    public func signature(for bytes: [UInt8]) -> Data {
        // Ed25519 signing cannot fail for a valid key.
        try! privateKey.signature(for: Data(bytes))
    }

    /// The private key file's text.
    public var fileText: String {
        """
        \(Self.fileHeader)
        name: \(name)
        public: \(privateKey.publicKey.rawRepresentation.base64EncodedString())
        private: \(privateKey.rawRepresentation.base64EncodedString())

        """
    }

    public init(fileText text: String) throws(IntegrityError) {
        let fields = KeyFileFields(text)
        guard fields.header == Self.fileHeader, let name = fields["name"], let encoded = fields["private"],
            let raw = Data(base64Encoded: encoded), let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw)
        else { throw IntegrityError.badKeyFile(expected: Self.fileHeader) }
        self.init(name: name, privateKey: key)
    }

    init(name: String, privateKey: Curve25519.Signing.PrivateKey) {
        self.name = name
        self.privateKeyBytes = privateKey.rawRepresentation
    }
}

/// A public key with its signer's name and a short fingerprint people can compare by reading it aloud.
public struct PublicIdentity: Hashable, Sendable {
    public let name: String
    public let publicKey: Data

    public static let fileHeader = "cuentas-public-key-1"

    public init(name: String, publicKey: Data) {
        self.name = name
        self.publicKey = publicKey
    }

    /// The first 8 bytes of the key's SHA-256, as four groups of four hex digits: "3F2A 91C0 7D4E 0B18".
    public var fingerprint: String {
        let hex = HashChain.sha256(Array(publicKey)).uppercased().prefix(16)
        return stride(from: 0, to: 16, by: 4).map { offset in
            String(hex.dropFirst(offset).prefix(4))
        }.joined(separator: " ")
    }

    public var base64: String { publicKey.base64EncodedString() }

    public func isValidSignature(_ signature: Data, for bytes: [UInt8]) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else { return false }
        return key.isValidSignature(signature, for: Data(bytes))
    }

    public var fileText: String {
        """
        \(Self.fileHeader)
        name: \(name)
        public: \(base64)
        fingerprint: \(fingerprint)

        """
    }

    public init(fileText text: String) throws(IntegrityError) {
        let fields = KeyFileFields(text)
        guard fields.header == Self.fileHeader || fields.header == SigningIdentity.fileHeader, let name = fields["name"],
            let encoded = fields["public"], let raw = Data(base64Encoded: encoded), raw.count == 32
        else { throw IntegrityError.badKeyFile(expected: Self.fileHeader) }
        self.init(name: name, publicKey: raw)
    }
}

/// The `name: value` lines of a key file.
struct KeyFileFields {
    let header: String
    private let values: [String: String]

    init(_ text: String) {
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        header = lines.first ?? ""
        var values: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            values[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        self.values = values
    }

    subscript(key: String) -> String? { values[key] }
}
