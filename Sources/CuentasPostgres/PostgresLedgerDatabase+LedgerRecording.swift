import CuentasCore
import CuentasTables

/// A PostgreSQL ledger records what a command records, through the same rules and code as a file
/// (`MovementRecorder`). Call it from a thread that may wait (`session`).
extension PostgresLedgerDatabase: LedgerRecording {
    public func record(_ draft: MovementDraft) throws -> Movement {
        do {
            return try record([draft])[0]
        } catch let refused as RefusedDraft {
            throw refused.violation
        }
    }
}
