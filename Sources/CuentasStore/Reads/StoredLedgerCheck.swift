import CuentasCore
import CuentasIntegrity

/// A check of the stored ledger: every rule, and the hash chain that shows whether the file was changed outside the
/// program.
public struct StoredLedgerCheck: Sendable {
    public let ledger: LedgerCheck
    /// The first movement whose hashes no longer match, if any.
    public let brokenLink: (id: MovementID, reason: HashChain.BrokenLink)?
    public let headHash: String

    public var passed: Bool { ledger.passed && brokenLink == nil }
}
