import CuentasCore

/// Which movements a read selects, said once for both stores, and the movements read back in ledger order. The SQLite
/// store streams the large reads through its own cursor (`MovementCursor`) with these same conditions.
public enum StoredMovements {
    /// The movements a condition on the movement table selects (`?` for each value), in ledger order, kept: for the
    /// few a page or a re-publish reads.
    public static func read(_ db: some LedgerSession, where condition: String, _ arguments: [ColumnValue]) throws -> [Movement] {
        var texts = RepeatedTexts()
        var previous: MovementID = 0
        var movements: [Movement] = []
        try db.forEachRow(MovementColumns.selectSQL + " WHERE " + condition + " ORDER BY id", arguments) { row in
            movements.append(try MovementColumns.movement(from: row, sharing: &texts, after: &previous))
        }
        return movements
    }

    /// The condition for some projects' and clubs' movements numbered up to `last`: every movement of those projects,
    /// the donations of the `donors`, and the corrections of any of them. A replay names the projects' sponsoring
    /// clubs among the donors (a transfer is checked against the club's fund); a listing only the clubs whose
    /// movements it shows. A part that covers every project of the catalogue is the whole ledger up to `last`: read in
    /// the table's order, not through the indexes (SQLite sorted every row it found in memory before handing over the
    /// first); the whole ledger adds only donations of clubs that sponsor no project, which no rule of these parts
    /// reads and no statement of them shows.
    public static func part(
        _ dialect: SQLDialect, folios: Set<Folio>, donors: Set<PartyID>, through last: MovementID?, coversEveryProject: Bool
    ) -> (condition: String, arguments: [ColumnValue]) {
        if coversEveryProject { return last.map { ("id <= ?", [.integer($0)]) } ?? ("TRUE", []) }
        let own = "\(dialect.isAnyOfTexts("folio")) OR (kind = 'donation' AND \(dialect.isAnyOfTexts("partyId")))"
        let lists: [ColumnValue] = [
            .text(SQLDialect.jsonArray(folios.map(\.text))), .text(SQLDialect.jsonArray(donors.map(\.text))),
        ]
        let condition = "(\(own) OR \(dialect.isAnyOf("reversesId", "SELECT id FROM movement WHERE " + own)))"
        guard let last else { return (condition, lists + lists) }
        return (condition + " AND id <= ?", lists + lists + [.integer(last)])
    }

    /// Some movements by number, in ledger order; numbers with no movement are left out.
    public static func numbered(_ db: some LedgerSession, _ ids: Set<MovementID>) throws -> [Movement] {
        let list = "[" + ids.sorted().map(String.init).joined(separator: ",") + "]"
        let condition =
            switch db.dialect {
            case .sqlite: "id IN (SELECT value FROM json_each(?))"
            case .postgres: "id IN (SELECT CAST(jsonb_array_elements_text(CAST(? AS jsonb)) AS bigint))"
            }
        return try read(db, where: condition, [.text(list)])
    }

    /// The clubs whose donations a replay of some projects and clubs reads: those clubs and the projects' sponsors (a
    /// transfer is checked against the club's fund).
    public static func donors(of folios: Set<Folio>, and clubs: Set<PartyID>, in catalogue: Catalogue) -> Set<PartyID> {
        var donors = clubs
        for folio in folios { donors.formUnion(catalogue.projects[folio]?.sponsorClubIDs ?? []) }
        return donors
    }
}
