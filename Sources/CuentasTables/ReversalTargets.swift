import CuentasCore

/// The recorded movements a batch of drafts reverses or settles (the sendings its arrivals and returns confirm), read
/// once: what they touch decides which part of the catalogue and which stored balances recording reads, and the state
/// checks the reversals and settlements against them. Movements the batch itself records and refers to are not here:
/// the state has them once recorded.
public struct ReversalTargets {
    public let movements: [Movement]
    /// For those of them already reversed, the reversal that undid them.
    public let reversedBy: [MovementID: MovementID]
    /// For those of them that are sendings already settled, the live arrival or return that settled them.
    public let settledBy: [MovementID: MovementID]

    public init(_ db: some LedgerSession, of drafts: [MovementDraft]) throws {
        var ids: [String] = []
        for draft in drafts {
            if case .reversal(let reversal) = draft.body { ids.append(String(reversal.movementID)) }
            if let sending = draft.body.settledSendingID { ids.append(String(sending)) }
        }
        guard !ids.isEmpty else {
            movements = []
            reversedBy = [:]
            settledBy = [:]
            return
        }
        let list: [ColumnValue] = [.text(SQLDialect.jsonArray(ids))]
        var movements: [Movement] = []
        try db.forEachRow(MovementColumns.selectSQL + " WHERE \(db.dialect.isAnyOfNumbers("id")) ORDER BY id", list) { row in
            movements.append(try MovementColumns.movement(from: row))
        }
        var reversedBy: [MovementID: MovementID] = [:]
        for row in try db.rows("SELECT reversesId, id FROM movement WHERE \(db.dialect.isAnyOfNumbers("reversesId"))", list) {
            reversedBy[try row.stored(0, "movement", "?")] = try row.stored(1, "movement", "?")
        }
        var settledBy: [MovementID: MovementID] = [:]
        let settled = """
            SELECT settlesId, id FROM movement m WHERE \(db.dialect.isAnyOfNumbers("settlesId"))
            AND NOT EXISTS (SELECT 1 FROM movement r WHERE r.reversesId = m.id)
            """
        for row in try db.rows(settled, list) {
            settledBy[try row.stored(0, "movement", "?")] = try row.stored(1, "movement", "?")
        }
        self.movements = movements
        self.reversedBy = reversedBy
        self.settledBy = settledBy
    }

    /// The projects and parties the drafts and the movements they reverse are about (`MovementEffects.touches`).
    public func touched(with drafts: [MovementDraft]) -> (folios: Set<Folio>, parties: Set<PartyID>) {
        var folios: Set<Folio> = []
        var parties: Set<PartyID> = []
        for body in drafts.map(\.body) + movements.map(\.body) {
            let touched = MovementEffects.touches(body)
            if let folio = touched.folio { folios.insert(folio) }
            if let party = touched.party { parties.insert(party) }
        }
        return (folios, parties)
    }
}
