import CuentasCore

/// What a start page shows: the figures of a club's or a municipality's projects and the last few movements, read
/// from the stored balances, statuses and latest progress reports and from those few movements only. A statement
/// lists every movement of what it covers; a start page does not, and reading a club's thousand donations to show ten
/// was most of a treasurer's start page.
extension SessionStore {
    /// A club's fund and the projects it sponsors, as stored, and its last `recent` movements (donations, transfers,
    /// its deposits and refunds, and corrections of any of them), newest first.
    public func clubSummary(_ id: PartyID, recent: Int) throws(StoreError) -> (state: LedgerState, recent: [Movement]) {
        try reading { db in
            let folios = try Self.folios(db, "SELECT folio FROM projectClub WHERE clubId = ?", id)
            let recent = try Self.recentMovements(db, [.text(id.text)], limit: recent) { m in "\(m).partyId = ? AND \(m).kind <> 'pledge'" }
            return (try summaryState(db, folios: folios, clubs: [id]), recent)
        }
    }

    /// A municipality's projects, as stored, and the last `recent` movements about them, newest first.
    public func municipalitySummary(_ id: PartyID, recent: Int) throws(StoreError) -> (state: LedgerState, recent: [Movement]) {
        try reading { db in
            let folios = try Self.folios(db, "SELECT folio FROM project WHERE municipalityId = ?", id)
            let recent = try Self.recentMovements(db, [.text(id.text)], limit: recent) { m in
                "\(m).folio IN (SELECT folio FROM project WHERE municipalityId = ?)"
            }
            return (try summaryState(db, folios: folios, clubs: []), recent)
        }
    }

    /// A state of stored balances, statuses and latest progress, with no movement listed.
    private func summaryState(_ db: Session, folios: Set<Folio>, clubs: Set<PartyID>) throws -> LedgerState {
        let catalogue = try keptCatalogue.part(db, onlyProjects: folios, onlyClubs: clubs)
        return try LedgerState.listing(
            catalogue: catalogue,
            balances: { state in try StoredBalances.assume(db, for: .init(folios: folios, clubs: clubs), into: &state) },
            movements: [])
    }

    public static func folios(_ db: Session, _ sql: String, _ id: PartyID) throws -> Set<Folio> {
        Set(try db.rows(sql, [.text(id.text)]).map { row in try row.storedIdentifier(0, "project", "?") as Folio })
    }

    /// The last movements `own` selects (a condition on the movement table under the alias it is given, with the
    /// values `arguments`) and the reversals of any movement it selects, newest first.
    private static func recentMovements(
        _ db: Session, _ arguments: [ColumnValue], limit: Int, own: (String) -> String
    ) throws -> [Movement] {
        precondition(limit > 0, "a page shows at least one movement")
        let condition = """
            id IN (
                SELECT id FROM (SELECT m.id FROM movement m WHERE \(own("m")) ORDER BY m.id DESC LIMIT ?) AS own
                UNION ALL
                SELECT id FROM (SELECT r.id FROM movement r JOIN movement t ON t.id = r.reversesId
                    WHERE r.reversesId IS NOT NULL AND \(own("t")) ORDER BY r.id DESC LIMIT ?) AS corrections)
            """
        let movements = try StoredMovements.read(
            db, where: condition, arguments + [.integer(Int64(limit))] + arguments + [.integer(Int64(limit))])
        return Array(movements.suffix(limit).reversed())
    }
}
