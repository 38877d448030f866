import Foundation
import NIOConcurrencyHelpers

/// The publication the app runs in the background: a national site takes a minute, far too long to hold a request
/// (and one of the threads that answer requests) open. One at a time: two officials pressing at once would otherwise
/// race for the same number. The official who pressed sees its state at `/app/publish` and refreshes it.
final class PublishJob: Sendable {
    enum State: Sendable {
        case idle
        case running(by: String, since: Date)
        /// What was written, in words.
        case finished(by: String, at: Date, notice: String)
        case failed(by: String, at: Date, message: String)
    }

    private let box = NIOLockedValueBox<State>(.idle)

    var state: State { box.withLockedValue { $0 } }

    /// Starts `work` unless a publication is under way; false when one is.
    func start(by user: String, _ work: @escaping @Sendable () async -> Result<String, PublishFailure>) -> Bool {
        let started = box.withLockedValue { state -> Bool in
            if case .running = state { return false }
            state = .running(by: user, since: Date())
            return true
        }
        guard started else { return false }
        Task.detached { [box] in
            let outcome = await work()
            box.withLockedValue { state in
                switch outcome {
                case .success(let notice): state = .finished(by: user, at: Date(), notice: notice)
                case .failure(let failure): state = .failed(by: user, at: Date(), message: failure.message)
                }
            }
        }
        return true
    }
}

/// Why a background publication failed, in the words of the official's language.
struct PublishFailure: Error, Sendable {
    let message: String
}
