import Foundation

/// Runs two independent computations on two threads and returns both results: a full check replays the ledger rules
/// while the other core recomputes the hash chain.
enum InParallel {
    static func both<First: Sendable, Second: Sendable>(
        _ first: @escaping @Sendable () -> First, _ second: @escaping @Sendable () -> Second
    ) -> (First, Second) {
        let box = Results<First, Second>()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { box.setFirst(first()) } else { box.setSecond(second()) }
        }
        return box.both
    }

    /// Each slot is written once, by one thread, before `concurrentPerform` returns.
    private final class Results<First: Sendable, Second: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var first: First?
        private var second: Second?

        func setFirst(_ value: First) { lock.withLock { first = value } }
        func setSecond(_ value: Second) { lock.withLock { second = value } }
        var both: (First, Second) { lock.withLock { (first!, second!) } }
    }
}
