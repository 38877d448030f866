import CuentasCore
import CuentasTables
import GRDB

/// Movements read row by row from a query in ledger order, straight into a replay or a listing: read into an array
/// first, a part as large as the whole ledger was held twice (the array, and the state's table). A row that cannot be
/// read ends the sequence and is kept in `failure`, for the caller to throw once the state is built.
final class MovementCursor: Sequence, IteratorProtocol {
    private let rows: RowCursor
    private var texts = RepeatedTexts()
    private var previous: MovementID = 0
    private(set) var failure: (any Error)?
    /// Room the state reserves for the movements (the whole ledger's count when the query reads all of it).
    let underestimatedCount: Int

    init(_ rows: RowCursor, expected: Int) {
        self.rows = rows
        underestimatedCount = expected
    }

    func next() -> Movement? {
        guard failure == nil else { return nil }
        do {
            guard let row = try rows.next() else { return nil }
            return try MovementColumns.movement(from: row, sharing: &texts, after: &previous)
        } catch {
            failure = error
            return nil
        }
    }

    /// Every movement a query selects, in the order it gives (ledger order), as an array: for the few a page or a
    /// re-publish reads.
    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [Movement] {
        let cursor = MovementCursor(try Row.fetchCursor(db, sql: sql, arguments: arguments), expected: 0)
        let movements = Array(cursor)
        if let failure = cursor.failure { throw failure }
        return movements
    }

    /// Movements of some projects and clubs, numbered up to `last` (`StoredMovements.part`), streamed.
    static func part(
        _ db: Database, folios: Set<Folio>, donors: Set<PartyID>, through last: MovementID?, coversEveryProject: Bool
    ) throws -> MovementCursor {
        let part = StoredMovements.part(.sqlite, folios: folios, donors: donors, through: last, coversEveryProject: coversEveryProject)
        let sql = MovementColumns.selectSQL + " WHERE " + part.condition + " ORDER BY id"
        // Room for all of them at once when the part is the whole ledger.
        let expected = coversEveryProject ? Int(try MovementID.fetchOne(db, sql: "SELECT count(*) FROM movement") ?? 0) : 0
        return MovementCursor(
            try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: SQLiteSession.arguments(part.arguments)), expected: expected)
    }
}
