import Foundation

/// Waits for async work from synchronous code: the command line's commands are synchronous, PostgresNIO is async. The
/// work runs as a task (its IO on PostgresNIO's event loops); the calling thread only waits, so this must never be
/// called from an event loop or from async code.
public enum BlockingCall {
    public static func wait<Value: Sendable>(_ work: @escaping @Sendable () async throws -> Value) throws(PostgresStoreError) -> Value {
        let outcome = Outcome<Value>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                outcome.set(.success(try await work()))
            } catch {
                outcome.set(.failure(PostgresLedgerDatabase.explained(error)))
            }
            done.signal()
        }
        done.wait()
        return try outcome.get().get()
    }

    /// The result, handed from the task to the waiting thread under a lock.
    private final class Outcome<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Result<Value, PostgresStoreError>?

        func set(_ value: Result<Value, PostgresStoreError>) { lock.withLock { result = value } }
        func get() -> Result<Value, PostgresStoreError> { lock.withLock { result! } }
    }
}
