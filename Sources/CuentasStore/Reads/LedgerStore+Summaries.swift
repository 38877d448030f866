import CuentasCore
import CuentasTables
import GRDB

/// What a start page shows: the figures of a club's or a municipality's projects and the last few movements, read
/// from the stored balances, statuses and latest progress reports and from those few movements only. A statement
/// lists every movement of what it covers; a start page does not, and reading a club's thousand donations to show ten
/// was most of a treasurer's start page.
extension LedgerStore {
    /// A club's fund and the projects it sponsors, as stored, and its last `recent` movements (donations, transfers,
    /// its deposits and refunds, and corrections of any of them), newest first.
    public func clubSummary(_ id: PartyID, recent: Int) throws(StoreError) -> (state: LedgerState, recent: [Movement]) {
        try read { db in
            let folios = try Self.folios(db, "SELECT folio FROM projectClub WHERE clubId = ?", id)
            let recent = try Self.recentMovements(db, ["party": id.text], limit: recent) { m in
                "\(m).partyId = :party AND \(m).kind <> 'pledge'"
            }
            return (try summaryState(db, folios: folios, clubs: [id]), recent)
        }
    }

    /// A municipality's projects, as stored, and the last `recent` movements about them, newest first.
    public func municipalitySummary(_ id: PartyID, recent: Int) throws(StoreError) -> (state: LedgerState, recent: [Movement]) {
        try read { db in
            let folios = try Self.folios(db, "SELECT folio FROM project WHERE municipalityId = ?", id)
            let recent = try Self.recentMovements(db, ["municipality": id.text], limit: recent) { m in
                "\(m).folio IN (SELECT folio FROM project WHERE municipalityId = :municipality)"
            }
            return (try summaryState(db, folios: folios, clubs: []), recent)
        }
    }

    /// A state of stored balances, statuses and latest progress, with no movement listed.
    private func summaryState(_ db: Database, folios: Set<Folio>, clubs: Set<PartyID>) throws -> LedgerState {
        let catalogue = try CatalogueLoader.load(
            db, onlyProjects: folios, onlyClubs: clubs, shared: try sharedParts.value(db, reading: CatalogueLoader.sharedParts))
        return try LedgerState.listing(
            catalogue: catalogue,
            balances: { state in try StoredBalances.assume(SQLiteSession(db), for: .init(folios: folios, clubs: clubs), into: &state) },
            movements: [])
    }

    static func folios(_ db: Database, _ sql: String, _ id: PartyID) throws -> Set<Folio> {
        Set(try String.fetchAll(db, sql: sql, arguments: [id.text]).map { text in try Folio.stored(text, "project", text) })
    }

    /// The last movements `own` selects (a condition on the movement table under the alias it is given) and the
    /// reversals of any movement it selects, newest first.
    private static func recentMovements(
        _ db: Database, _ arguments: StatementArguments, limit: Int, own: (String) -> String
    ) throws -> [Movement] {
        precondition(limit > 0, "a page shows at least one movement")
        var arguments = arguments
        arguments += ["limit": limit]
        let sql =
            MovementColumns.selectSQL + """
                 WHERE id IN (
                    SELECT id FROM (SELECT m.id FROM movement m WHERE \(own("m")) ORDER BY m.id DESC LIMIT :limit)
                    UNION ALL
                    SELECT id FROM (SELECT r.id FROM movement r JOIN movement t ON t.id = r.reversesId
                        WHERE r.reversesId IS NOT NULL AND \(own("t")) ORDER BY r.id DESC LIMIT :limit))
                ORDER BY id
                """
        let movements = try MovementCursor.fetchAll(db, sql: sql, arguments: arguments)
        return Array(movements.suffix(limit).reversed())
    }
}
