import CuentasCore
import CuentasIntegrity
import GRDB

/// Reads the whole ledger and replays it into a state.
enum LedgerLoader {
    /// Every movement, in ledger order, without the hashes (a replay does not need them, and on a national ledger
    /// they are a few hundred megabytes).
    static func movements(_ db: Database) throws -> [Movement] {
        var movements: [Movement] = []
        movements.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM movement") ?? 0)
        let rows = try Row.fetchCursor(db, sql: MovementColumns.selectSQL + " ORDER BY id")
        while let row = try rows.next() { movements.append(try MovementColumns.movement(from: row)) }
        return movements
    }

    /// Every movement with the hashes stored beside it, in ledger order.
    static func links(_ db: Database) throws -> [HashChain.Link] {
        var links: [HashChain.Link] = []
        let rows = try Row.fetchCursor(db, sql: MovementColumns.selectSQL + " ORDER BY id")
        let previousHash = MovementColumns.position("previousHash"), hash = MovementColumns.position("hash")
        while let row = try rows.next() {
            links.append(HashChain.Link(
                movement: try MovementColumns.movement(from: row), previousHash: row[previousHash] ?? "", hash: row[hash] ?? ""))
        }
        return links
    }

    /// The ledger replayed. Movements that break a rule (only possible if the file was changed outside the program)
    /// are left out of the state; `check` reports them.
    static func check(_ db: Database) throws -> LedgerCheck {
        LedgerCheck(catalogue: try CatalogueLoader.load(db), movements: try movements(db))
    }

    /// The rules and the hash chain, from one read of the file.
    static func fullCheck(_ db: Database) throws -> StoredLedgerCheck {
        let links = try links(db)
        let catalogue = try CatalogueLoader.load(db)
        let (ledger, brokenLink) = InParallel.both(
            { LedgerCheck(catalogue: catalogue, movements: links.map(\.movement)) }, { HashChain.firstBrokenLink(links) })
        return StoredLedgerCheck(ledger: ledger, brokenLink: brokenLink, headHash: links.last?.hash ?? HashChain.genesis)
    }

    static func state(_ db: Database) throws -> LedgerState { try check(db).state }
}
