import CuentasCore
import CuentasIntegrity
import CuentasTables

extension PostgresLedgerCopy {
    /// What reading the copy back showed.
    public struct Proof: Sendable {
        /// Tables compared row for row with the source (the balance tables are proved by the replay instead).
        public let tablesCompared: Int
        public let movements: Int
        public let headHash: String
        /// The first link of the copy's hash chain that does not hold (nil when it holds).
        public let brokenLink: MovementID?
        /// Movements of the copy the rules refuse on a replay.
        public let violations: Int
        /// Stored balances of the copy that are not what the replay gives.
        public let balanceDifferences: [BalanceDifference]

        public var passed: Bool { brokenLink == nil && violations == 0 && balanceDifferences.isEmpty }
    }

    /// Reads the copy back in one snapshot: every copied table row for row against the source, the movements through
    /// the shared reader, the hash chain, a replay through the rules, and the stored balances against that replay.
    public static func prove(
        source: some LedgerTableSource, catalogue: Catalogue, database: PostgresLedgerDatabase
    ) throws -> Proof {
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
            var movements: [Movement] = []
            var verifier = HashChain.Verifier(previousStoredHash: HashChain.genesis)
            var head = HashChain.genesis
            var previous: MovementID = 0
            var texts = RepeatedTexts()
            try session.forEachRow(MovementColumns.selectSQL + " ORDER BY id", []) { row in
                let movement = try MovementColumns.movement(from: row, sharing: &texts, after: &previous)
                let (previousHash, hash) = MovementColumns.hashes(of: row)
                _ = verifier.check(movement, previousHash: previousHash, hash: hash)
                head = hash
                movements.append(movement)
            }
            let check = LedgerCheck(catalogue: catalogue, movements: movements)
            return Proof(
                tablesCompared: compared, movements: movements.count, headHash: head, brokenLink: verifier.firstBreak?.id,
                violations: check.violations.count, balanceDifferences: try StoredBalances.differences(session, from: check.state))
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
