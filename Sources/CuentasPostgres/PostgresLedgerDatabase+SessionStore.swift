import CuentasTables

/// A PostgreSQL ledger runs the code both stores share (`SessionStore`) in its own transactions (`session`): reads in
/// one snapshot, writes under the writers' advisory lock, so that writes from any number of app servers take turns.
/// Call them from a thread that may wait (the command line's, the web app's thread pool), never from async code.
extension PostgresLedgerDatabase: SessionStore {
    /// A read in one snapshot, its errors said as the store interface says them.
    public func reading<Result>(_ body: (PostgresSession) throws -> Result) throws(StoreError) -> Result {
        do { return try session(writing: false, body) } catch { throw StoreError(postgres: error) }
    }

    /// A write as the only writer, its errors said as the store interface says them.
    public func writing<Result>(_ body: (PostgresSession) throws -> Result) throws(StoreError) -> Result {
        do { return try session(writing: true, body) } catch { throw StoreError(postgres: error) }
    }

    public func movementRows(_ session: PostgresSession) -> PostgresMovementRows { PostgresMovementRows(session) }

    public func storeError(_ error: any Error) -> StoreError { StoreError(postgres: error) }

    public var issuesReceipts: Bool { true }
}
