/// One transaction on either store, as the code both stores share uses it (`StoredBalances`): statements with bound
/// values, rows read by position. Statements are written once, with `?` for each value; the PostgreSQL session numbers
/// them (`$1`, `$2`, …) before sending. What the two dialects say differently is asked of `dialect`.
public protocol LedgerSession {
    associatedtype Columns: StoredColumns

    var dialect: SQLDialect { get }

    /// Runs a query and hands its rows to `body` one by one, in order. A row is valid only during the call (SQLite's
    /// cursor reuses it): a national ledger's 800,000 balances are read without being held.
    func forEachRow(_ sql: String, _ arguments: [ColumnValue], _ body: (Columns) throws -> Void) throws

    /// Every row of a query, kept.
    func rows(_ sql: String, _ arguments: [ColumnValue]) throws -> [Columns]

    /// Runs a statement that returns no rows.
    func execute(_ sql: String, _ arguments: [ColumnValue]) throws

    /// Whether the ledger has a table (a ledger opened read-only may be older than a table). Asked on every read of
    /// the catalogue: GRDB answers from its schema cache, without a query.
    func hasTable(_ name: String) throws -> Bool
}

extension LedgerSession {
    /// Every row of a query that takes no values.
    public func rows(_ sql: String) throws -> [Columns] { try rows(sql, []) }

    /// Whether a query returns any row.
    public func exists(_ sql: String, _ arguments: [ColumnValue] = []) throws -> Bool {
        try rows("SELECT count(*) FROM (" + sql + " LIMIT 1) AS found", arguments).first?.integer(at: 0) == 1
    }
}
