import Hummingbird

/// The sessions, in memory, bounded. Sessions of people signed in and sessions of visitors who only opened the sign-in
/// page (their anti-forgery token) are kept apart, at most `limit` of each: past it the oldest of that kind is let go
/// (a person signs in again). Visitors' sessions cannot push out signed-in people's: 16 clients sending wrong passwords
/// opened 66,000 visitor sessions in a minute, each kept for the whole session lifetime before the bound.
actor BoundedSessionStore: PersistDriver {
    private let memory = MemoryPersistDriver()
    let limit: Int
    private var signedIn = Queue()
    private var visitors = Queue()

    init(limit: Int) {
        precondition(limit > 0, "at least one session")
        self.limit = limit
    }

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let isSignedIn = (value as? WebSession)?.userName != nil
        for oldest in isSignedIn ? signedIn.makeRoom(limit: limit) : visitors.makeRoom(limit: limit) {
            try await memory.remove(key: oldest)
        }
        try await memory.create(key: key, value: value, expires: expires)
        if isSignedIn { signedIn.add(key) } else { visitors.add(key) }
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        guard signedIn.live.contains(key) || visitors.live.contains(key) else {
            try await create(key: key, value: value, expires: expires)
            return
        }
        try await memory.set(key: key, value: value, expires: expires)
    }

    func get<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> Object? {
        try await memory.get(key: key, as: type)
    }

    func getWithTTL<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> (object: Object, ttl: Duration?)? {
        try await memory.getWithTTL(key: key, as: type)
    }

    func remove(key: String) async throws {
        signedIn.live.remove(key)
        visitors.live.remove(key)
        try await memory.remove(key: key)
    }

    /// Runs the memory driver's tidying of expired sessions.
    func run() async throws {
        try await memory.run()
    }

    /// Session keys in the order they were made; keys removed since are skipped when reached.
    private struct Queue {
        var order: [String] = []
        var first = 0
        var live: Set<String> = []

        /// The oldest keys to let go so that one more fits under `limit`.
        mutating func makeRoom(limit: Int) -> [String] {
            var dropped: [String] = []
            while live.count >= limit, first < order.count {
                let oldest = order[first]
                first += 1
                if live.remove(oldest) != nil { dropped.append(oldest) }
            }
            return dropped
        }

        mutating func add(_ key: String) {
            live.insert(key)
            order.append(key)
            // Keys removed or let go leave the list once they are half of it.
            if first > order.count / 2 {
                order.removeFirst(first)
                first = 0
            }
        }
    }
}
