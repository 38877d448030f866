import CuentasCore
import CuentasIntegrity
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
            var compared = 0
            for table in try tablesInOrder(session) where !notCopied.contains(table) {
                let original = try source.tableRows(table)
                let copy = try tableRows(table, in: session)
                guard let sameOrder = copy.aligned(to: original.columns) else {
                    throw LedgerCopyError.differs(table, "columns \(copy.columns) against \(original.columns)")
                }
                guard sameOrder.sorted() == original.rows.sorted() else {
                    throw LedgerCopyError.differs(table, "\(copy.rows.count) rows against \(original.rows.count)")
                }
                compared += 1
            }
            return Proof(tablesCompared: compared, check: try PostgresLedgerCheck.run(in: session))
        }
    }

    /// A table of the copy, every value as stored.
    static func tableRows(_ table: String, in session: PostgresSession) throws -> TableRows {
        let rows = try session.rows("SELECT * FROM \(table)", [])
        let columns = try session.rows(
            "SELECT column_name::text FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
            [.text(table)]
        ).compactMap { $0.text(at: 0) }
        let values = rows.map { row in
            (0..<columns.count).map { position -> ColumnValue in
                if row.isNull(at: position) { return .null }
                if let integer = row.integer(at: position) { return .integer(integer) }
                return .text(row.text(at: position) ?? row.shown(at: position))
            }
        }
        return TableRows(table: table, columns: columns, rows: values)
    }
}

extension TableRows {
    /// The rows with their values in the order of `columns` (named in any case), nil when the columns differ.
    func aligned(to columns: [String]) -> [[ColumnValue]]? {
        let mine = self.columns.map { $0.lowercased() }
        guard mine.count == columns.count else { return nil }
        var positions: [Int] = []
        for column in columns {
            guard let position = mine.firstIndex(of: column.lowercased()) else { return nil }
            positions.append(position)
        }
        return rows.map { row in positions.map { row[$0] } }
    }
}

extension [[ColumnValue]] {
    /// The rows in one order, whatever order a store returned them in.
    func sorted() -> [[ColumnValue]] { sorted { $0.lexicographicallyPrecedes($1) } }
}
