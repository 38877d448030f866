import CuentasCore
import CuentasTables

extension PostgresLedgerCopy {
    /// What reading the copy back showed.
    public struct Proof: Sendable {
        /// Tables compared row for row with the source (the balance tables are proved by the replay instead).
        public let tablesCompared: Int
        /// The copy checked on its own: its catalogue and movements read back from PostgreSQL, its chain, its rules
        /// and its stored balances.
        public let check: PostgresLedgerCheck

        public var passed: Bool { check.passed }
    }

    /// Reads the copy back in one snapshot: every copied table row for row against the source, then the copy checked
    /// on its own (`PostgresLedgerCheck`).
    public static func prove(source: some LedgerTableSource, database: PostgresLedgerDatabase) throws -> Proof {
        try database.session(writing: false) { session in
            let compared = try LedgerCopy.compare(try tablesInOrder(session), of: session, with: source)
            return Proof(tablesCompared: compared, check: try PostgresLedgerCheck.run(in: session))
        }
    }
}

/// A session's tables read whole: the copy's source or its proof, in that session's snapshot.
extension PostgresSession: LedgerTableSource {
    public func tableRows(_ table: String) throws -> TableRows {
        let columns = try rows(
            """
            SELECT column_name::text FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = lower(?) ORDER BY ordinal_position
            """, [.text(table)]
        ).compactMap { $0.text(at: 0) }
        guard !columns.isEmpty else { throw LedgerCopyError.differs(table, "no such table") }
        let values = try rows("SELECT * FROM \(table.lowercased())", []).map { row in
            (0..<columns.count).map { position -> ColumnValue in
                if row.isNull(at: position) { return .null }
                if let integer = row.integer(at: position) { return .integer(integer) }
                return .text(row.text(at: position) ?? row.shown(at: position))
            }
        }
        return TableRows(table: table, columns: columns, rows: values)
    }
}
