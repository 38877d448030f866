import Foundation
import PostgresNIO

extension PostgresLedgerDatabase {
    /// Runs synchronous `body` in one transaction on one connection of the pool: committed when it returns, rolled
    /// back when it throws. A writer (`writing`) holds the writers' advisory lock, so writers on any number of app
    /// servers take turns at the hash chain's head, and reads what every earlier writer committed; a reader sees one
    /// snapshot of the ledger from its first statement to its last (REPEATABLE READ, read only) and never waits.
    /// Call it from a thread that may wait (the command line's, the web app's thread pool), never from async code.
    public func session<Result>(writing: Bool, _ body: (PostgresSession) throws -> Result) throws -> Result {
        let lease = ConnectionLease()
        let client = client
        let holder = Task {
            do {
                try await client.withConnection { connection in
                    lease.hand(.success(connection))
                    await lease.untilGivenBack()
                }
            } catch {
                lease.hand(.failure(Self.explained(error)))
            }
        }
        defer {
            lease.giveBack()
            _ = holder
        }
        let session = PostgresSession(try lease.connection(), knownTables: knownTables)
        if writing {
            try session.execute("BEGIN", [])
            try session.execute("SELECT pg_advisory_xact_lock(\(PostgresMigrations.writerLock))", [])
        } else {
            try session.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", [])
        }
        do {
            let result = try body(session)
            try session.execute("COMMIT", [])
            return result
        } catch {
            try? session.execute("ROLLBACK", [])
            throw error
        }
    }
}

/// A connection lent by the pool's task to a waiting thread, and given back when the thread is done: the task keeps
/// the connection leased (suspended, not blocking) until then.
private final class ConnectionLease: @unchecked Sendable {
    private let lock = NSLock()
    private let handed = DispatchSemaphore(value: 0)
    private var leased: Result<PostgresConnection, PostgresStoreError>?
    private var givenBack = false
    private var waiting: CheckedContinuation<Void, Never>?

    func hand(_ connection: Result<PostgresConnection, PostgresStoreError>) {
        let first = lock.withLock {
            guard leased == nil else { return false }
            leased = connection
            return true
        }
        if first { handed.signal() }
    }

    func connection() throws(PostgresStoreError) -> PostgresConnection {
        handed.wait()
        handed.signal()
        return try lock.withLock { leased! }.get()
    }

    func untilGivenBack() async {
        await withCheckedContinuation { continuation in
            let now = lock.withLock {
                if givenBack { return true }
                waiting = continuation
                return false
            }
            if now { continuation.resume() }
        }
    }

    func giveBack() {
        let continuation = lock.withLock {
            givenBack = true
            defer { waiting = nil }
            return waiting
        }
        continuation?.resume()
    }
}
