import Foundation

/// Two independent pieces of work run at the same time when a second core is free (one after the other otherwise), and
/// both results returned once both are done. An error of either is thrown (the first's when both fail). Kept beside
/// `ParallelTexts`, the other small piece of concurrent work the site and the statements share.
public func bothAtOnce<First: Sendable, Second: Sendable>(
    _ first: @Sendable () throws -> First, _ second: @Sendable () throws -> Second
) throws -> (First, Second) {
    let results = PairOfResults<First, Second>()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { results.setFirst(Result { try first() }) } else { results.setSecond(Result { try second() }) }
    }
    return try results.both()
}

/// The two results, each set once by its own worker.
private final class PairOfResults<First: Sendable, Second: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var first: Result<First, any Error>?
    private var second: Result<Second, any Error>?

    func setFirst(_ result: Result<First, any Error>) { lock.withLock { first = result } }
    func setSecond(_ result: Result<Second, any Error>) { lock.withLock { second = result } }

    /// Both values; called after both workers are done.
    func both() throws -> (First, Second) {
        try lock.withLock {
            guard let first, let second else { preconditionFailure("both workers are done") }
            return (try first.get(), try second.get())
        }
    }
}
