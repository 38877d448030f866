import CuentasCore
import GRDB

/// The recorded movements a batch of drafts reverses, read once: what they touch decides which part of the catalogue
/// and which stored balances recording reads, and the state checks the reversals against them. Movements the batch
/// itself records and reverses are not here: the state has them once recorded.
struct ReversalTargets {
    let movements: [Movement]
    /// For those of them already reversed, the reversal that undid them.
    let reversedBy: [MovementID: MovementID]

    init(_ db: Database, of drafts: [MovementDraft]) throws {
        var ids: [String] = []
        for draft in drafts { if case .reversal(let reversal) = draft.body { ids.append(String(reversal.movementID)) } }
        guard !ids.isEmpty else {
            movements = []
            reversedBy = [:]
            return
        }
        let list = LedgerStore.jsonArray(ids)
        var movements: [Movement] = []
        let rows = try Row.fetchCursor(
            db, sql: MovementColumns.selectSQL + " WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id", arguments: [list])
        while let row = try rows.next() { movements.append(try MovementColumns.movement(from: row)) }
        var reversedBy: [MovementID: MovementID] = [:]
        let sql = "SELECT reversesId, id FROM movement WHERE reversesId IN (SELECT value FROM json_each(?))"
        for row in try Row.fetchAll(db, sql: sql, arguments: [list]) { reversedBy[try row.stored(0, "movement", "?")] = try row.stored(1, "movement", "?") }
        self.movements = movements
        self.reversedBy = reversedBy
    }

    /// The projects and parties the drafts and the movements they reverse are about (`MovementEffects.touches`).
    func touched(with drafts: [MovementDraft]) -> (folios: Set<Folio>, parties: Set<PartyID>) {
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
