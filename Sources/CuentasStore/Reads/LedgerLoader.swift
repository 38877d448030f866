import CuentasCore
import CuentasIntegrity
import Foundation
import GRDB

/// Reads the whole ledger and replays it into a state.
enum LedgerLoader {
    /// Every movement, in ledger order, without the hashes (a replay does not need them, and on a national ledger
    /// they are a few hundred megabytes).
    static func movements(_ db: Database, from first: MovementID = 1, through last: MovementID = .max) throws -> [Movement] {
        var movements: [Movement] = []
        let rows = try Row.fetchCursor(
            db, sql: MovementColumns.selectSQL + " WHERE id BETWEEN ? AND ? ORDER BY id", arguments: [first, last])
        while let row = try rows.next() { movements.append(try MovementColumns.movement(from: row)) }
        return movements
    }

    /// Every movement with the hashes stored beside it, in ledger order.
    /// The links numbered `first` to `last` (none when `last` is before `first`).
    static func links(_ db: Database, from first: MovementID, through last: MovementID) throws -> [HashChain.Link] {
        var links: [HashChain.Link] = []
        let rows = try Row.fetchCursor(
            db, sql: MovementColumns.selectSQL + " WHERE id BETWEEN ? AND ? ORDER BY id", arguments: [first, last])
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

    /// The rules and the hash chain over links read from the file, on every core: the rule replay is one task (each
    /// movement depends on the ones before), the chain is cut into parts checked at once.
    static func fullCheck(catalogue: Catalogue, links: [HashChain.Link]) -> StoredLedgerCheck {
        let parts = 8
        let size = (links.count + parts - 1) / max(parts, 1)
        let results = CheckParts(parts: parts)
        DispatchQueue.concurrentPerform(iterations: parts + 1) { task in
            if task == 0 {
                results.set(ledger: LedgerCheck(catalogue: catalogue, movements: links.lazy.map(\.movement)))
            } else {
                let start = min((task - 1) * size, links.count), end = min(start + size, links.count)
                results.set(part: task - 1, HashChain.firstBrokenLink(in: links, range: start..<end))
            }
        }
        return StoredLedgerCheck(ledger: results.ledger, brokenLink: results.firstBreak, headHash: links.last?.hash ?? HashChain.genesis)
    }

    static func state(_ db: Database) throws -> LedgerState { try check(db).state }
}

/// What the tasks of a full check found, each in its own slot.
private final class CheckParts: @unchecked Sendable {
    private let lock = NSLock()
    private var ledgerCheck: LedgerCheck?
    private var breaks: [(id: MovementID, reason: HashChain.BrokenLink)?]

    init(parts: Int) { breaks = Array(repeating: nil, count: parts) }

    func set(ledger: LedgerCheck) { lock.withLock { ledgerCheck = ledger } }
    func set(part: Int, _ broken: (id: MovementID, reason: HashChain.BrokenLink)?) { lock.withLock { breaks[part] = broken } }

    var ledger: LedgerCheck { lock.withLock { ledgerCheck! } }
    /// The earliest break: parts are in ledger order.
    var firstBreak: (id: MovementID, reason: HashChain.BrokenLink)? { lock.withLock { breaks.compactMap { $0 }.first } }
}
