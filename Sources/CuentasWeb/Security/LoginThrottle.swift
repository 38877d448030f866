/// Slows down password guessing: after `maximumFailures` failed sign-ins for one name within `window`, that name
/// is locked for `lockout`, whatever password comes. Kept in memory: a restart forgets it, which only helps the
/// owner of the account.
actor LoginThrottle {
    struct Record {
        var failures: [ContinuousClock.Instant] = []
        var lockedUntil: ContinuousClock.Instant?
    }

    let maximumFailures: Int
    let window: Duration
    let lockout: Duration
    private var records: [String: Record] = [:]
    private let clock = ContinuousClock()
    /// A bound on memory: beyond this many names tried, one of them (any) is forgotten for each new one.
    static let maximumNames = 10_000

    init(maximumFailures: Int = 5, window: Duration = .seconds(15 * 60), lockout: Duration = .seconds(15 * 60)) {
        precondition(maximumFailures > 0)
        self.maximumFailures = maximumFailures
        self.window = window
        self.lockout = lockout
    }

    /// Whether the name is locked now.
    func isLocked(_ name: String) -> Bool {
        guard let until = records[name]?.lockedUntil else { return false }
        return clock.now < until
    }

    func recordFailure(_ name: String) {
        let now = clock.now
        if records.count >= Self.maximumNames, records[name] == nil, let oldest = records.keys.first { records[oldest] = nil }
        var record = records[name] ?? Record()
        record.failures = record.failures.filter { now - $0 < window } + [now]
        if record.failures.count >= maximumFailures {
            record.lockedUntil = now + lockout
            record.failures = []
        }
        records[name] = record
    }

    func recordSuccess(_ name: String) { records[name] = nil }
}
