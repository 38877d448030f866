import CuentasCore
import CuentasIntegrity
import CuentasTables

/// `cuentas copy`: a ledger copied into an empty PostgreSQL database in one transaction, all or nothing. Catalogue
/// tables are copied row for row (the two schemas are the same, table for table and column for column:
/// `PostgresSchemaTests`); movements go through the ledger's rules again, one by one in ledger order, each one's hash
/// computed anew and required equal to the source's, its row written through the one description both stores share
/// (`MovementColumns`); the balance tables are written from the state the rules built (`StoredBalances`), as a
/// recording writes them. `prove` then reads the copy back and compares it with the source.
public enum PostgresLedgerCopy {
    public struct Report: Sendable, Equatable {
        public let tables: Int
        public let rows: Int
        public let movements: Int
        public let headHash: String
    }

    /// Tables the copy writes itself: the balances come from the replay, the migrations' record is the target's own.
    static let notCopied: Set<String> = [
        "schemamigration", "projectbalance", "projectpartybalance", "budgetlinebalance", "clubfundbalance",
    ]

    public static func copy(
        from source: some LedgerTableSource, catalogue: Catalogue, into database: PostgresLedgerDatabase
    ) throws -> Report {
        try database.session(writing: true) { session in
            let taken = try session.rows(
                "SELECT (SELECT count(*) FROM party) + (SELECT count(*) FROM scheme) + (SELECT count(*) FROM appUser) + (SELECT count(*) FROM movement)",
                [])
            guard taken.first?.integer(at: 0) == 0 else { throw LedgerCopyError.notEmpty(database.address.database) }
            // References within a table are checked at the commit (`deferrableReferences`).
            try session.execute("SET CONSTRAINTS ALL DEFERRED", [])
            var state = LedgerState(catalogue: catalogue)
            var tables = 0
            var rows = 0
            var head = HashChain.genesis
            for table in try tablesInOrder(session) where !notCopied.contains(table) {
                let stored = try source.tableRows(table)
                if table == "movement" {
                    head = try copyMovements(stored, into: session, state: &state)
                } else {
                    try insert(stored, into: session)
                }
                tables += 1
                rows += stored.rows.count
            }
            try writeBalances(of: state, into: session)
            return Report(tables: tables, rows: rows, movements: state.movements.count, headHash: head)
        }
    }

    /// The ledger's tables, each after the tables it refers to (by its foreign keys), so that rows can be inserted
    /// table by table; ties in alphabetical order.
    static func tablesInOrder(_ session: PostgresSession) throws -> [String] {
        var waitingFor: [String: Set<String>] = [:]
        for row in try session.rows("SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema()", []) {
            if let name = row.text(at: 0) { waitingFor[name] = [] }
        }
        let references = try session.rows(
            """
            SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint
            WHERE contype = 'f' AND connamespace = current_schema()::regnamespace
            """, [])
        for row in references {
            guard let table = row.text(at: 0), let referred = row.text(at: 1), table != referred else { continue }
            waitingFor[table, default: []].insert(referred)
        }
        var ordered: [String] = []
        while !waitingFor.isEmpty {
            let ready = waitingFor.filter { $0.value.isEmpty }.keys.sorted()
            precondition(!ready.isEmpty, "the schema's foreign keys form a cycle")
            for table in ready {
                ordered.append(table)
                waitingFor[table] = nil
            }
            for table in waitingFor.keys { waitingFor[table]!.subtract(ready) }
        }
        return ordered
    }

    static func insert(_ stored: TableRows, into session: PostgresSession) throws {
        guard !stored.rows.isEmpty else { return }
        let sql =
            "INSERT INTO \(stored.table) (\(stored.columns.joined(separator: ", "))) VALUES ("
            + stored.columns.map { _ in "?" }.joined(separator: ", ") + ")"
        for row in stored.rows { try session.execute(sql, row) }
    }

    /// Records the source's movements again, in order, through the rules; returns the hash of the last.
    static func copyMovements(_ stored: TableRows, into session: PostgresSession, state: inout LedgerState) throws -> String {
        let positions = try MovementColumns.names.map { name in
            guard let position = stored.columns.firstIndex(where: { $0.lowercased() == name.lowercased() }) else {
                throw LedgerCopyError.damaged(DamagedRow(table: "movement", id: "?", detail: "no column \(name)"))
            }
            return position
        }
        let insert = MovementColumns.insertSQL(rows: 1) { _ in "?" }
        let recordedAt = MovementColumns.Column.recordedAt.rawValue
        var previousHash = HashChain.genesis
        var values = [ColumnValue](repeating: .null, count: MovementColumns.names.count)
        for row in stored.rows {
            let source = ColumnValues(values: positions.map { row[$0] })
            let movement: Movement
            do { movement = try MovementColumns.movement(from: source) } catch { throw LedgerCopyError.damaged(error) }
            do { _ = try state.record(movement) } catch { throw LedgerCopyError.violation(movement.id, error) }
            let hash = HashChain.hash(movement, previousHash: previousHash)
            guard MovementColumns.hashes(of: source) == (previousHash, hash) else { throw LedgerCopyError.hashDiffers(movement.id) }
            guard case .text(let when) = source.values[recordedAt] else {
                throw LedgerCopyError.damaged(DamagedRow(table: "movement", id: "#\(movement.id)", detail: "recordedAt"))
            }
            MovementColumns.write(movement, recordedAt: when, previousHash: previousHash, hash: hash, into: &values, at: 0)
            // The row written from the movement must be the row read: every column the description knows, round trip.
            guard values == source.values else {
                throw LedgerCopyError.differs("movement", "#\(movement.id) is not written back as it was read")
            }
            try session.execute(insert, values)
            previousHash = hash
        }
        return previousHash
    }

    /// Every balance row, written from the replayed state as a recording writes those it touched: a row for every
    /// party, budget line and club fund the state holds an entry for, zero or not, as the recordings that built the
    /// source left them.
    static func writeBalances(of state: LedgerState, into session: PostgresSession) throws {
        var keys: Set<BalanceKey> = []
        for (folio, account) in state.projects {
            let parties = Set(account.pledgedMinorUnits.keys).union(account.receivedMinorUnits.keys).union(account.refundedMinorUnits.keys)
            for party in parties { keys.insert(.committed(folio, party)) }
            for line in account.paidByLineMinorUnits.keys { keys.insert(.paid(folio, line: line)) }
        }
        for club in state.clubFunds.keys { keys.insert(.memberDonations(club)) }
        let folios = Set(state.projects.keys)
        let progress = Set(state.projects.filter { $0.value.latestProgress != nil }.keys)
        try StoredBalances.write(session, touched: keys, projects: folios, progressOf: progress, progressReversed: [], from: state)
    }
}
