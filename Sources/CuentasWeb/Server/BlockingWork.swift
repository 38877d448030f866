import NIOPosix

/// Where the web app runs what blocks a thread: SQLite reads and writes, replays, and the rendering of pages. Request
/// handlers run on Swift's cooperative threads (as many as cores: two here); work that blocks one of them holds up
/// every other request, static pages included. It runs here instead, on threads of its own, and the handler waits
/// without holding a thread. Passwords have a pool of their own (`PasswordGate`).
struct BlockingWork: Sendable {
    private let pool: NIOThreadPool

    /// Threads for pages: SQLite readers run side by side (WAL), and part of their time is waiting for the disk, so a
    /// few more threads than cores keep both cores busy.
    init(threads: Int = 4) {
        pool = NIOThreadPool(numberOfThreads: threads)
        pool.start()
    }

    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await pool.runIfActive(work)
    }
}
