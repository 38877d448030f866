import CuentasCore
import CuentasIntegrity

/// A check of the stored ledger: every rule, the hash chain that shows whether the file was changed outside the
/// program, and the stored balances against a full replay.
public struct StoredLedgerCheck: Sendable {
    public let ledger: LedgerCheck
    /// The first movement whose hashes no longer match, if any.
    public let brokenLink: (id: MovementID, reason: HashChain.BrokenLink)?
    public let headHash: String
    /// Every stored balance that is not what the replay gives (empty when the balances were not compared).
    public internal(set) var balanceDifferences: [BalanceDifference] = []

    public var passed: Bool { ledger.passed && brokenLink == nil && balanceDifferences.isEmpty }
}
