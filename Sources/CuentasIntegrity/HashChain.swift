import CuentasCore
import Crypto
import Foundation

/// Each movement's hash covers its canonical encoding, which names the hash of the movement before: changing, removing
/// or reordering any recorded movement changes every hash after it.
public enum HashChain {
    /// The "previous hash" of the first movement.
    public static let genesis = String(repeating: "0", count: 64)

    public static func hash(_ movement: Movement, previousHash: String) -> String {
        hex(SHA256.hash(data: MovementEncoding.canonical(movement, previousHash: previousHash)))
    }

    /// Whether the movement's hash is the given text: the digest compared with the hex digits as they are, without
    /// writing it out as text first (a check does this for every movement).
    static func digest(of movement: Movement, previousHash: String, isWrittenAs text: String) -> Bool {
        let digest = SHA256.hash(data: MovementEncoding.canonical(movement, previousHash: previousHash))
        var utf8 = text.utf8.makeIterator()
        for byte in digest {
            guard utf8.next() == hexDigits[Int(byte >> 4)], utf8.next() == hexDigits[Int(byte & 0x0f)] else { return false }
        }
        return utf8.next() == nil
    }

    public static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    public static func sha256(_ bytes: [UInt8]) -> String { hex(SHA256.hash(data: bytes)) }

    /// The SHA-256 digest in base64, as a Content-Security-Policy names an allowed inline stylesheet.
    public static func sha256Base64(_ bytes: [UInt8]) -> String { Data(SHA256.hash(data: bytes)).base64EncodedString() }

    /// A stored link of the chain: a movement and the hashes recorded beside it.
    public struct Link: Sendable {
        public let movement: Movement
        public let previousHash: String
        public let hash: String

        public init(movement: Movement, previousHash: String, hash: String) {
            self.movement = movement
            self.previousHash = previousHash
            self.hash = hash
        }
    }

    /// The first movement whose stored hashes do not match what its content gives, or nil when the chain holds.
    public static func firstBrokenLink(_ links: some Sequence<Link>) -> (id: MovementID, reason: BrokenLink)? {
        var verifier = Verifier(previousStoredHash: genesis)
        for link in links where !verifier.check(link.movement, previousHash: link.previousHash, hash: link.hash) { break }
        return verifier.firstBreak
    }

    /// Checks stored links one at a time, in ledger order, as they are read: each against its own stored hashes and the
    /// stored hash of the link before it. A part of the chain started with the stored hash of the link before the part
    /// finds the same first break within the part as a check of the whole chain, so parts can be checked at once.
    public struct Verifier: Sendable {
        private var expectedPrevious: String
        /// The first link found broken; links after it are not checked.
        public private(set) var firstBreak: (id: MovementID, reason: BrokenLink)?

        /// `previousStoredHash`: the stored hash of the link before the first one checked (`genesis` at the start).
        public init(previousStoredHash: String) { expectedPrevious = previousStoredHash }

        /// Checks the next link; false once a link was found broken (this one or an earlier one).
        public mutating func check(_ movement: Movement, previousHash: String, hash: String) -> Bool {
            guard firstBreak == nil else { return false }
            if previousHash != expectedPrevious {
                firstBreak = (movement.id, .previousHashDiffers)
            } else if !HashChain.digest(of: movement, previousHash: previousHash, isWrittenAs: hash) {
                firstBreak = (movement.id, .contentChanged)
            }
            expectedPrevious = hash
            return firstBreak == nil
        }
    }

    public enum BrokenLink: Sendable, Equatable {
        /// The movement's content no longer gives its recorded hash: it was edited.
        case contentChanged
        /// The movement does not follow the one before it: one was removed, inserted or reordered.
        case previousHashDiffers
    }
}
