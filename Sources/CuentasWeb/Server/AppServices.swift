/// What every controller shares: the ledger (through its protocol), how the server runs, how pages are answered, and
/// the threads for blocking work. What only one controller needs (the sign-in gate, pending imports, the publication
/// job, the kept pages) belongs to that controller.
struct AppServices: Sendable {
    let ledger: any AppLedger
    let configuration: WebConfiguration
    let pages: PageResponder
    /// Threads for what blocks (SQLite, rendering), off the threads that serve requests.
    let work: BlockingWork
}
