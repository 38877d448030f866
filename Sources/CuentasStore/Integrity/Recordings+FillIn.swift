import CuentasIntegrity
import CuentasTables
import GRDB

/// Recording rows for files from before they were kept (`LedgerMigrations` v12).
extension Recordings {
    /// The row of the write that added movements `first...last`, in that write's transaction.
    static func append(_ db: Database, first: Int64, last: Int64, recordedAt: String, lastMovementHash: String) throws {
        try MovementRecorder(SQLiteSession(db)).appendRecording(
            first: first, last: last, recordedAt: recordedAt, lastMovementHash: lastMovementHash)
    }

    /// Rows for the movements after the last recording (all of them in a ledger from before v12): one per run of
    /// movements recorded at the same moment, which is what one write was.
    static func fillIn(_ db: Database) throws {
        let after = try Int64.fetchOne(db, sql: "SELECT ifnull(max(lastMovement), 0) FROM recording") ?? 0
        var run: (first: Int64, last: Int64, recordedAt: String, hash: String)?
        let movements = try Row.fetchCursor(
            db, sql: "SELECT id, recordedAt, hash FROM movement WHERE id > ? ORDER BY id", arguments: [after])
        while let row = try movements.next() {
            let id: Int64 = try row.stored(0, "movement", "?")
            let recordedAt: String = try row.stored(1, "movement", "#\(id)")
            let hash: String = try row.stored(2, "movement", "#\(id)")
            if let current = run, current.recordedAt == recordedAt, current.last + 1 == id {
                run = (current.first, id, recordedAt, hash)
                continue
            }
            if let current = run {
                try append(db, first: current.first, last: current.last, recordedAt: current.recordedAt, lastMovementHash: current.hash)
            }
            run = (id, id, recordedAt, hash)
        }
        if let current = run {
            try append(db, first: current.first, last: current.last, recordedAt: current.recordedAt, lastMovementHash: current.hash)
        }
    }
}
