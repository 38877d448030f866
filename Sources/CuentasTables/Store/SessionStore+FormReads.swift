import CuentasCore

/// What a form and a start page read without reading the ledger: sendings still in transit, a club's usual
/// donations, the club of a receipt, some movements by number.
extension SessionStore {
    /// The sendings in transit (live, and no live arrival or return settles them) of a club, or to some projects, in
    /// ledger order. The index on party and kind finds a club's; the index on folio a municipality's projects'.
    public func sendingsInTransit(club: PartyID? = nil, folios: Set<Folio>? = nil) throws(StoreError) -> [Movement] {
        precondition(club != nil || folios != nil, "a club's sendings or some projects'")
        return try reading { db in
            var conditions = ["kind = 'sending'"]
            var arguments: [ColumnValue] = []
            if let club {
                conditions.append("partyId = ?")
                arguments.append(.text(club.text))
            }
            if let folios {
                conditions.append("folio IN \(db.dialect.listOfTexts)")
                arguments.append(.text(SQLDialect.jsonArray(folios.map(\.text))))
            }
            let condition =
                conditions.joined(separator: " AND ") + """
                     AND NOT EXISTS (SELECT 1 FROM movement r WHERE r.reversesId = movement.id)
                     AND NOT EXISTS (SELECT 1 FROM movement s WHERE s.settlesId = movement.id
                        AND NOT EXISTS (SELECT 1 FROM movement r WHERE r.reversesId = s.id))
                    """
            return try StoredMovements.read(db, where: condition, arguments)
        }
    }

    /// The largest of the club's last `count` donations still in force, or nil when it has none (the donation form's
    /// second look at an unusual amount, `UnusualAmount`). Read through the (partyId, kind) index, newest first: a few
    /// dozen rows whatever the size of the ledger.
    public func largestDonation(club: PartyID, amongLast count: Int) throws(StoreError) -> Money? {
        try reading { db in
            guard
                let row = try db.rows(
                    """
                    SELECT amountMinorUnits, currency FROM (
                        SELECT m.amountMinorUnits, m.currency FROM movement m
                        WHERE m.partyId = ? AND m.kind = 'donation' AND NOT EXISTS (SELECT 1 FROM movement r WHERE r.reversesId = m.id)
                        ORDER BY m.id DESC LIMIT ?) AS recent
                    ORDER BY amountMinorUnits DESC LIMIT 1
                    """, [.text(club.text), .integer(Int64(count))]
                ).first
            else { return nil }
            let code: String = try row.stored(1, "movement", "donation of \(club.text)")
            return try row.storedMoney(
                0, try StoredText.currency(code, "movement", "donation of \(club.text)"), "movement", "donation of \(club.text)")
        }
    }

    /// The club whose donation carries receipt `code`; nil when none does. Found through the receipts' own index.
    public func club(ofReceipt code: ReceiptCode) throws(StoreError) -> PartyID? {
        try reading { db in
            let club: String? = try db.value("SELECT partyId FROM movement WHERE receipt = ?", [.text(code.compact)])
            return club.map { Identifier(trusted: $0) }
        }
    }

    /// Some movements by number, in ledger order; numbers with no movement are left out.
    public func movements(numbered ids: Set<MovementID>) throws(StoreError) -> [Movement] {
        try reading { db in try StoredMovements.numbered(db, ids) }
    }
}
