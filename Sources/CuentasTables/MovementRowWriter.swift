import CuentasCore

/// Where a recording's rows go: each store inserts them its own way (the SQLite store binds many rows a statement with
/// SQLite's own calls, `MovementInserter`; the PostgreSQL store many bound rows a statement, `BatchedInsert`).
public protocol MovementRowWriter {
    /// Adds one movement's row (`MovementColumns.write`), with its recording time and hash links.
    mutating func insert(_ movement: Movement, recordedAt: String, previousHash: String, hash: String) throws
    /// Inserts whatever is still held. Called once, after the last movement.
    mutating func finish() throws
}
