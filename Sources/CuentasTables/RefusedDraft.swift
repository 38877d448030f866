import CuentasCore

/// A draft of a batch the rules refused: its position in the batch (from 0) and the rule. The movement never got its
/// number, so the violation names none. Each store says it its own way (`StoreError.violationInBatch`).
public struct RefusedDraft: ExplainedError, Sendable {
    public let index: Int
    public let violation: LedgerViolation

    public func explanation(in language: Language) -> String { violation.explanation(in: language) }
}
