/// Slows down password guessing: after `maximumFailures` failed sign-ins for one name within `window`, that name
/// is locked for `lockout`, whatever password comes; the same for one address (names and addresses are kept apart: a
/// key is "name:…" or "address:…"), with more failures allowed, since an office may share one address. Kept in
/// memory: a restart forgets it, which only helps the owner of the account.
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

    /// Failures from one address before it is locked.
    static let maximumFailuresPerAddress = 20

    /// Whether the name, or the address it comes from, is locked now.
    func isLocked(_ name: String, from address: String) -> Bool {
        isLocked("name:" + name) || isLocked("address:" + address)
    }

    func recordFailure(_ name: String, from address: String) {
        recordFailure("name:" + name, allowed: maximumFailures)
        recordFailure("address:" + address, allowed: Self.maximumFailuresPerAddress)
    }

    func recordSuccess(_ name: String, from address: String) {
        records["name:" + name] = nil
    }

    private func isLocked(_ key: String) -> Bool {
        guard let until = records[key]?.lockedUntil else { return false }
        return clock.now < until
    }

    private func recordFailure(_ name: String, allowed: Int) {
        let now = clock.now
        if records.count >= Self.maximumNames, records[name] == nil, let oldest = records.keys.first { records[oldest] = nil }
        var record = records[name] ?? Record()
        record.failures = record.failures.filter { now - $0 < window } + [now]
        if record.failures.count >= allowed {
            record.lockedUntil = now + lockout
            record.failures = []
        }
        records[name] = record
    }

}
