import CuentasCore
import CuentasIntegrity
import GRDB

/// Reading the ledger back as domain values. Reads see one consistent snapshot, even while another process writes.
extension LedgerStore {
    public func catalogue() throws(StoreError) -> Catalogue {
        try read { db in try CatalogueLoader.load(db) }
    }

    public func movements() throws(StoreError) -> [Movement] {
        try read { db in try LedgerLoader.movements(db) }
    }

    /// Every movement replayed through the ledger rules, with any violations found.
    public func check() throws(StoreError) -> LedgerCheck {
        try read { db in try LedgerLoader.check(db) }
    }

    public func state() throws(StoreError) -> LedgerState { try check().state }

    /// A ledger state that holds one project's account exactly as the whole ledger would, read from only the
    /// movements that can affect it: the project's own, its sponsoring clubs' donations (a transfer is checked against
    /// the club's fund) and the corrections of either. With fewer movements every rule is at most as strict, so the
    /// replay passes whenever the whole one does; if it ever did not, the whole ledger is replayed instead.
    /// Nil when there is no such project.
    public func projectState(_ folio: Folio) throws(StoreError) -> LedgerState? {
        guard let partial = try projectCheck(folio) else { return nil }
        if partial.passed { return partial.state }
        return try state()
    }

    /// The replay `projectState` starts from: only the movements that can affect the project.
    func projectCheck(_ folio: Folio) throws(StoreError) -> LedgerCheck? {
        try read { db in
            let catalogue = try CatalogueLoader.load(db, onlyProject: folio)
            guard let project = catalogue.projects[folio] else { return nil }
            let clubs = project.sponsorClubIDs.map(\.text)
            let clubList = Array(repeating: "?", count: clubs.count).joined(separator: ", ")
            let own = "folio = ? OR (kind = 'donation' AND partyId IN (\(clubList)))"
            let sql = MovementColumns.selectSQL
                + " WHERE \(own) OR reversesId IN (SELECT id FROM movement WHERE \(own)) ORDER BY id"
            let arguments = StatementArguments([folio.text] + clubs + [folio.text] + clubs)
            var movements: [Movement] = []
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() { movements.append(try MovementColumns.movement(from: row)) }
            return LedgerCheck(catalogue: catalogue, movements: movements)
        }
    }

    /// Every rule over every movement, and the hash chain recomputed from the first movement to the last.
    public func fullCheck() throws(StoreError) -> StoredLedgerCheck {
        try read { db in try LedgerLoader.fullCheck(db) }
    }

    /// The number of movements and the hash of the last one.
    public func ledgerHead() throws(StoreError) -> (movements: Int64, hash: String) {
        try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT id, hash FROM movement ORDER BY id DESC LIMIT 1")
            return (row?["id"] ?? 0, row?["hash"] ?? HashChain.genesis)
        }
    }

    /// The stored hash of one movement (nil when there is no such movement).
    public func hash(ofMovement id: MovementID) throws(StoreError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT hash FROM movement WHERE id = ?", arguments: [id]) }
    }
}
