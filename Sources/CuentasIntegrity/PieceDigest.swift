import Crypto
import Foundation

/// The SHA-256 of a file written in pieces, as `HashChain.sha256` gives it for the whole file at once.
public struct PieceDigest {
    private var hasher = SHA256()

    public init() {}

    public mutating func add(_ piece: Data) {
        hasher.update(data: piece)
    }

    /// The digest in lowercase hex of every piece added so far.
    public func finish() -> String {
        HashChain.hex(hasher.finalize())
    }
}
