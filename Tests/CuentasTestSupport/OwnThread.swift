import Foundation

/// Runs blocking work (a PostgreSQL session waits for each answer) on a thread of its own, never on the test's
/// cooperative threads, which the answers need.
public enum OwnThread {
    public static func run(_ work: @escaping @Sendable () throws -> Void) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }

    /// The value `work` returns, computed on a thread of its own.
    public static func value<Value>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        let box = Box<Value?>(nil)
        try await run { box.value = try work() }
        return box.value!
    }
}

/// A value handed back from a thread of its own: written once by that thread before the caller reads it.
public final class Box<Value>: @unchecked Sendable {
    public var value: Value
    public init(_ value: Value) { self.value = value }
}
