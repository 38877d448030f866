import Foundation

/// Runs blocking work (a PostgreSQL session waits for each answer) on a thread of its own, never on the test's
/// cooperative threads, which the answers need.
public enum OwnThread {
    public static func run(_ work: @escaping @Sendable () throws -> Void) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }
}
