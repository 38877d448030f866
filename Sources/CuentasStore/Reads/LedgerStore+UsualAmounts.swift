import CuentasCore
import GRDB
import CuentasTables

/// What a club usually records, for the web form's second look at an unusual amount (`UnusualAmount`).
extension LedgerStore {
    /// The largest of the club's last `count` donations still in force, or nil when it has none. Read through the
    /// (partyId, kind) index, newest first: a few dozen rows whatever the size of the ledger.
    public func largestDonation(club: PartyID, amongLast count: Int) throws(StoreError) -> Money? {
        try read { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT amountMinorUnits, currency FROM (
                        SELECT m.amountMinorUnits, m.currency FROM movement m
                        WHERE m.partyId = ? AND m.kind = 'donation' AND NOT EXISTS (SELECT 1 FROM movement r WHERE r.reversesId = m.id)
                        ORDER BY m.id DESC LIMIT ?)
                    ORDER BY amountMinorUnits DESC LIMIT 1
                    """, arguments: [club.text, count])
            guard let row else { return nil }
            let minorUnits: Int64 = try row.stored(0, "movement", "donation of \(club.text)")
            let code: String = try row.stored(1, "movement", "donation of \(club.text)")
            guard let currency = try? CurrencyCode(code) else {
                throw StoreError.corruptRow(table: "movement", id: "donation of \(club.text)", detail: "currency \(code)")
            }
            return Money(minorUnits: minorUnits, currency: currency)
        }
    }
}
