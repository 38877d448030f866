import CuentasCore
import CuentasTables
import CuentasIntegrity
import Foundation
import GRDB

/// Reads the ledger's movements back.
enum LedgerLoader {
    /// Every movement, in ledger order, without the hashes (a replay does not need them, and on a national ledger
    /// they are a few hundred megabytes).
    static func movements(_ db: Database, from first: MovementID = 1, through last: MovementID = .max) throws -> [Movement] {
        try part(db, from: first, through: last, checkingChain: false).movements
    }

    /// The movements numbered `first` to `last`, in ledger order. With `checkingChain`, each one's stored hashes are
    /// checked as it is read (against the stored hash of the movement before, read from the file for the first), and
    /// the part tells its first broken link and the stored hash of its last movement; the hashes are not kept.
    static func part(_ db: Database, from first: MovementID, through last: MovementID, checkingChain: Bool) throws -> LedgerPart {
        var movements: [Movement] = []
        // A part of a pipelined read has at most one movement per number; open-ended reads grow as they go.
        if last - first < PipelinedLedgerRead.partSize { movements.reserveCapacity(Int(max(0, last - first + 1))) }
        let rows = try Row.fetchCursor(
            db, sql: MovementColumns.selectSQL + " WHERE id BETWEEN ? AND ? ORDER BY id", arguments: [first, last])
        var texts = RepeatedTexts()
        var previous: MovementID = 0
        guard checkingChain else {
            while let row = try rows.next() { movements.append(try MovementColumns.movement(from: row, sharing: &texts, after: &previous)) }
            return LedgerPart(movements: movements, firstBreak: nil, lastHash: nil)
        }
        let before = try String.fetchOne(db, sql: "SELECT hash FROM movement WHERE id < ? ORDER BY id DESC LIMIT 1", arguments: [first])
        var verifier = HashChain.Verifier(previousStoredHash: before ?? HashChain.genesis)
        var lastHash = before
        while let row = try rows.next() {
            let movement = try MovementColumns.movement(from: row, sharing: &texts, after: &previous)
            let hash: String = try row.storedOptional(hashPosition, "movement", "#\(movement.id)") ?? ""
            let previousHash: String = try row.storedOptional(previousHashPosition, "movement", "#\(movement.id)") ?? ""
            _ = verifier.check(movement, previousHash: previousHash, hash: hash)
            lastHash = hash
            movements.append(movement)
        }
        return LedgerPart(movements: movements, firstBreak: verifier.firstBreak, lastHash: lastHash)
    }

    private static let hashPosition = MovementColumns.Column.hash.rawValue
    private static let previousHashPosition = MovementColumns.Column.previousHash.rawValue

    /// The ledger replayed. Movements that break a rule (only possible if the file was changed outside the program)
    /// are left out of the state; `check` reports them.
    static func check(_ db: Database) throws -> LedgerCheck {
        LedgerCheck(catalogue: try CatalogueLoader.load(db), movements: try movements(db))
    }

    static func state(_ db: Database) throws -> LedgerState { try check(db).state }
}

/// Some consecutive movements read for a replay, and what reading them found of the hash chain.
struct LedgerPart: Sendable {
    var movements: [Movement]
    /// The first link of the part whose stored hashes do not match (nil when the chain was not checked or holds).
    let firstBreak: (id: MovementID, reason: HashChain.BrokenLink)?
    /// The stored hash of the part's last movement (of the one before the part when it is empty; nil when the chain
    /// was not checked or there is none).
    let lastHash: String?
}
