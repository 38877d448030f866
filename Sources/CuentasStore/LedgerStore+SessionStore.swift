import CuentasTables

/// A ledger file runs the code both stores share (`SessionStore`) in its own transactions: GRDB's reads (a snapshot
/// of the WAL) and writes (SQLite's one writer at a time).
extension LedgerStore: SessionStore {
    public func reading<Result>(_ body: (SQLiteSession) throws -> Result) throws(StoreError) -> Result {
        try read { db in try body(SQLiteSession(db)) }
    }

    public func writing<Result>(_ body: (SQLiteSession) throws -> Result) throws(StoreError) -> Result {
        try write { db in try body(SQLiteSession(db)) }
    }

    public func movementRows(_ session: SQLiteSession) -> MovementInserter { MovementInserter(session.db) }

    public func storeError(_ error: any Error) -> StoreError { StoreError(error) }
}
