/// Which store a test runs on: a ledger file, or a database on the throwaway PostgreSQL server `make test` starts
/// (`TestPostgresServer`). Tests take `all` as their arguments, so the same test function runs on both.
public enum TestedStore: String, Sendable, CaseIterable {
    case file
    case postgres

    /// Both when the test server runs, else only the file (a bare `swift test`).
    public static let all: [TestedStore] = TestPostgresServer.isRunning ? [.file, .postgres] : [.file]
}
