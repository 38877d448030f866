/// Rows inserted many to a statement: the database parses and plans one statement for a batch instead of one for
/// every row. On PostgreSQL each statement is also a round trip that waits for its answer, so a copy row by row spent
/// its time waiting (bench/NOTES.md). Rows go in in the order added; a row's values are checked by the
/// database when its batch is sent (at the latest by `finish`), inside the caller's transaction.
public struct BatchedInsert {
    private let table: String
    private let columns: [String]
    private let rowsPerStatement: Int
    private var pending: [ColumnValue] = []
    private var count = 0

    /// `rowsPerStatement` is kept under both databases' limits on bound values (SQLite 32,766, PostgreSQL 65,535).
    public init(table: String, columns: [String], rowsPerStatement: Int = 64) {
        precondition(!columns.isEmpty && rowsPerStatement > 0, "a row has columns")
        self.table = table
        self.columns = columns
        self.rowsPerStatement = max(1, min(rowsPerStatement, 30_000 / columns.count))
        pending.reserveCapacity(self.rowsPerStatement * columns.count)
    }

    /// Adds one row (its values in the order of `columns`), sending a full batch.
    public mutating func add(_ row: [ColumnValue], into session: some LedgerSession) throws {
        precondition(row.count == columns.count, "one value a column")
        pending.append(contentsOf: row)
        count += 1
        if count == rowsPerStatement { try finish(session) }
    }

    /// Sends what is held.
    public mutating func finish(_ session: some LedgerSession) throws {
        guard count > 0 else { return }
        try session.execute(Self.sql(table, columns, rows: count), pending)
        pending.removeAll(keepingCapacity: true)
        count = 0
    }

    /// `INSERT INTO table (columns) VALUES (?, …), (?, …)`, `rows` times.
    public static func sql(_ table: String, _ columns: [String], rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        return "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ")
    }
}
