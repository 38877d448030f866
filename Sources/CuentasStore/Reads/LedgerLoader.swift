import CuentasCore
import GRDB

/// Reads the whole ledger and replays it into a state.
enum LedgerLoader {
    static func movements(_ db: Database) throws -> [Movement] {
        var movements: [Movement] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM movement ORDER BY id")
        while let row = try rows.next() { movements.append(try MovementColumns.movement(from: row)) }
        return movements
    }

    /// The ledger replayed. Movements that break a rule (only possible if the file was changed outside the program)
    /// are left out of the state; `check` reports them.
    static func check(_ db: Database) throws -> LedgerCheck {
        LedgerCheck(catalogue: try CatalogueLoader.load(db), movements: try movements(db))
    }

    static func state(_ db: Database) throws -> LedgerState { try check(db).state }
}
