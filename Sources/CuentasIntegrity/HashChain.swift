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
        var expectedPrevious = genesis
        for link in links {
            guard link.previousHash == expectedPrevious else { return (link.movement.id, .previousHashDiffers) }
            guard hash(link.movement, previousHash: link.previousHash) == link.hash else { return (link.movement.id, .contentChanged) }
            expectedPrevious = link.hash
        }
        return nil
    }

    /// The same answer as `firstBrokenLink(_:)`, from the links between `range.lowerBound` and `range.upperBound` only:
    /// each link is checked against its own stored hashes and the stored hash of the link before it, so parts of the
    /// chain can be checked at once on several cores and the earliest break among the parts is the chain's first.
    public static func firstBrokenLink(in links: [Link], range: Range<Int>) -> (id: MovementID, reason: BrokenLink)? {
        precondition(range.lowerBound >= 0 && range.upperBound <= links.count, "a part of the chain")
        for index in range {
            let link = links[index]
            let expectedPrevious = index == 0 ? genesis : links[index - 1].hash
            guard link.previousHash == expectedPrevious else { return (link.movement.id, .previousHashDiffers) }
            guard hash(link.movement, previousHash: link.previousHash) == link.hash else { return (link.movement.id, .contentChanged) }
        }
        return nil
    }

    public enum BrokenLink: Sendable, Equatable {
        /// The movement's content no longer gives its recorded hash: it was edited.
        case contentChanged
        /// The movement does not follow the one before it: one was removed, inserted or reordered.
        case previousHashDiffers
    }
}
