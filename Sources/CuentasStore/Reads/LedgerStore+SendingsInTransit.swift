import CuentasCore
import CuentasTables
import GRDB

extension LedgerStore {
    /// The sendings in transit (live, and no live arrival or return settles them) of a club, or to some projects, in
    /// ledger order: what a start page and the arrival form list without reading the ledger. The index on party and
    /// kind finds a club's; the index on folio a municipality's projects'.
    public func sendingsInTransit(club: PartyID? = nil, folios: Set<Folio>? = nil) throws(StoreError) -> [Movement] {
        precondition(club != nil || folios != nil, "a club's sendings or some projects'")
        return try read { db in
            var conditions = ["kind = 'sending'"]
            var arguments: [DatabaseValueConvertible] = []
            if let club {
                conditions.append("partyId = ?")
                arguments.append(club.text)
            }
            if let folios {
                conditions.append("folio IN (SELECT value FROM json_each(?))")
                arguments.append(SQLDialect.jsonArray(folios.map(\.text)))
            }
            let sql =
                MovementColumns.selectSQL + " m WHERE " + conditions.joined(separator: " AND ") + """
                     AND NOT EXISTS (SELECT 1 FROM movement r WHERE r.reversesId = m.id)
                     AND NOT EXISTS (SELECT 1 FROM movement s WHERE s.settlesId = m.id
                        AND NOT EXISTS (SELECT 1 FROM movement r WHERE r.reversesId = s.id))
                    ORDER BY id
                    """
            return try MovementCursor.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
        }
    }
}
