import CuentasCore
import CuentasIntegrity

/// A copy of a whole ledger from one store into the other, the same whichever way it goes: catalogue tables row for
/// row, movements through the rules again with their hashes required equal, balance tables from the replay; and the
/// copy compared table by table with its source. Each store supplies the transaction (with its foreign keys checked
/// at the end: rows of one table refer to rows of the same table in no order a copy could always follow).
public enum LedgerCopy {
    public struct Report: Sendable, Equatable {
        public let tables: Int
        public let rows: Int
        public let movements: Int
        public let headHash: String
    }

    /// Tables the copy writes itself or leaves: the balances come from the replay, the migrations' records are each
    /// ledger's own.
    public static let notCopied: Set<String> = [
        "schemamigration", "grdb_migrations", "sqlite_sequence", "projectbalance", "projectpartybalance", "budgetlinebalance",
        "clubfundbalance",
    ]

    /// Copies `tables` of `source` (the rest of `notCopied`) into the empty ledger of `session`, in one transaction the
    /// caller holds.
    public static func copy(
        _ tables: [String], from source: some LedgerTableSource, catalogue: Catalogue, into session: some LedgerSession
    ) throws -> Report {
        var state = LedgerState(catalogue: catalogue)
        var copied = 0
        var rows = 0
        var head = HashChain.genesis
        for table in tables where !notCopied.contains(table.lowercased()) {
            let stored = try source.tableRows(table)
            if table.lowercased() == "movement" {
                head = try copyMovements(stored, into: session, state: &state)
            } else {
                try insert(stored, into: session)
            }
            copied += 1
            rows += stored.rows.count
        }
        try writeBalances(of: state, into: session)
        return Report(tables: copied, rows: rows, movements: state.movements.count, headHash: head)
    }

    /// Whether the ledger of `session` holds parties, schemes, users or movements: a copy goes only into an empty one.
    public static func holdsALedger(_ session: some LedgerSession) throws -> Bool {
        let taken = try session.rows(
            "SELECT (SELECT count(*) FROM party) + (SELECT count(*) FROM scheme) + (SELECT count(*) FROM appUser) + (SELECT count(*) FROM movement)"
        )
        return taken.first?.integer(at: 0) != 0
    }

    /// Every copied table of `copy` compared with `source`'s, row for row whatever the order; returns how many.
    public static func compare(_ tables: [String], of copy: some LedgerTableSource, with source: some LedgerTableSource) throws -> Int {
        var compared = 0
        for table in tables where !notCopied.contains(table.lowercased()) {
            let original = try source.tableRows(table)
            let copied = try copy.tableRows(table)
            guard let sameOrder = copied.aligned(to: original.columns) else {
                throw LedgerCopyError.differs(table, "columns \(copied.columns) against \(original.columns)")
            }
            guard sameOrder.sorted() == original.rows.sorted() else {
                throw LedgerCopyError.differs(table, "\(copied.rows.count) rows against \(original.rows.count)")
            }
            compared += 1
        }
        return compared
    }

    public static func insert(_ stored: TableRows, into session: some LedgerSession) throws {
        guard !stored.rows.isEmpty else { return }
        var batch = BatchedInsert(table: stored.table, columns: stored.columns)
        for row in stored.rows { try batch.add(row, into: session) }
        try batch.finish(session)
    }

    /// Records the source's movements again, in order, through the rules; returns the hash of the last.
    public static func copyMovements(_ stored: TableRows, into session: some LedgerSession, state: inout LedgerState) throws -> String {
        let positions = try MovementColumns.names.map { name in
            guard let position = stored.columns.firstIndex(where: { $0.lowercased() == name.lowercased() }) else {
                throw LedgerCopyError.damaged(DamagedRow(table: "movement", id: "?", detail: "no column \(name)"))
            }
            return position
        }
        var batch = BatchedInsert(table: "movement", columns: MovementColumns.names)
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
            try batch.add(values, into: session)
            previousHash = hash
        }
        try batch.finish(session)
        return previousHash
    }

    /// Every balance row, written from the replayed state as a recording writes those it touched: a row for every
    /// party, budget line and club fund the state holds an entry for, zero or not, as the recordings that built the
    /// source left them.
    public static func writeBalances(of state: LedgerState, into session: some LedgerSession) throws {
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
