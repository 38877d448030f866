import NIOPosix

/// bcrypt is slow on purpose (a quarter of a second at cost 12): sixteen wrong sign-ins at once used to take both
/// cores for seconds, and every other page waited. Here passwords are checked one at a time on a thread of their own,
/// so the other core always serves pages; and at most `maximumWaiting` checks wait their turn: past that, the answer
/// is "busy, try again in a few seconds" at once, without hashing anything.
actor PasswordGate {
    static let maximumWaiting = 8
    private let pool: NIOThreadPool
    private var waiting = 0

    init() {
        pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
    }

    /// The check's answer, or nil when too many are waiting already.
    func check(_ work: @escaping @Sendable () -> Bool) async -> Bool? {
        guard waiting < Self.maximumWaiting else { return nil }
        waiting += 1
        defer { waiting -= 1 }
        return try? await pool.runIfActive(work)
    }
}
