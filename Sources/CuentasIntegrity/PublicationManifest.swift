import Foundation

/// What a signed publication contains: its number, who signed it, the head of the ledger's hash chain, the head hash of
/// each earlier publication's last movement as this ledger has it now, and the SHA-256 of every file. Stored as
/// `publication.json` (keys sorted, so the bytes are stable) and signed in `publication.sig`.
public struct PublicationManifest: Codable, Equatable, Sendable {
    public struct Signer: Codable, Equatable, Sendable {
        public let name: String
        public let publicKey: String
        public let fingerprint: String
    }

    public struct Head: Codable, Equatable, Sendable {
        public let movements: Int64
        public let hash: String

        public init(movements: Int64, hash: String) {
            self.movements = movements
            self.hash = hash
        }
    }

    public struct EarlierHead: Codable, Equatable, Sendable {
        public let publication: Int
        /// The hash of movement number `movements` in this publication's ledger: equal to the earlier publication's
        /// head hash exactly when none of its movements was removed or changed.
        public let movements: Int64
        public let hash: String

        public init(publication: Int, movements: Int64, hash: String) {
            self.publication = publication
            self.movements = movements
            self.hash = hash
        }
    }

    public static let format = "cuentas-publication-1"
    public static let fileName = "publication.json"
    public static let signatureFileName = "publication.sig"

    public let format: String
    public let number: Int
    public let publishedOn: String
    public let asOf: String
    public let signer: Signer
    public let ledger: Head
    public let earlierHeads: [EarlierHead]
    public let files: [String: String]

    public init(
        number: Int, publishedOn: String, asOf: String, signer: PublicIdentity, ledger: Head, earlierHeads: [EarlierHead],
        files: [String: String]
    ) {
        format = Self.format
        self.number = number
        self.publishedOn = publishedOn
        self.asOf = asOf
        self.signer = Signer(name: signer.name, publicKey: signer.base64, fingerprint: signer.fingerprint)
        self.ledger = ledger
        self.earlierHeads = earlierHeads
        self.files = files
    }

    public var encoded: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array(try! encoder.encode(self)) + [0x0A]
    }

    public static func decode(_ bytes: [UInt8]) throws(IntegrityError) -> PublicationManifest {
        do {
            let manifest = try JSONDecoder().decode(PublicationManifest.self, from: Data(bytes))
            guard manifest.format == format else { throw IntegrityError.badManifest("format \(manifest.format)") }
            return manifest
        } catch let error as IntegrityError {
            throw error
        } catch {
            throw IntegrityError.badManifest("\(error)")
        }
    }

    public var signerIdentity: PublicIdentity? {
        Data(base64Encoded: signer.publicKey).map { PublicIdentity(name: signer.name, publicKey: $0) }
    }
}

/// The public keys a site lists as its signers (`keys.json`).
public struct KeyList: Codable, Equatable, Sendable {
    public struct Entry: Codable, Equatable, Sendable {
        public let name: String
        public let publicKey: String
        public let fingerprint: String
    }

    public static let fileName = "keys.json"
    public let keys: [Entry]

    public init(_ identities: [PublicIdentity]) {
        keys = identities.map { Entry(name: $0.name, publicKey: $0.base64, fingerprint: $0.fingerprint) }
    }

    public func contains(_ key: Data) -> Bool { keys.contains { $0.publicKey == key.base64EncodedString() } }

    public var encoded: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array(try! encoder.encode(self)) + [0x0A]
    }
}
