import CuentasTables

/// A PostgreSQL ledger records what a command records, through the same rules and code as a file (`SessionStore`'s
/// `record`, `MovementRecorder`). Call it from a thread that may wait (`session`).
extension PostgresLedgerDatabase: LedgerRecording {}
