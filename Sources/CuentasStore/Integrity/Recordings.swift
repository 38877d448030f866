import CuentasIntegrity
import CuentasTables
import GRDB

/// The `recording` rows: which movements each write added and when (`LedgerMigrations.createRecordings`).
enum Recordings {
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

    /// At most this many problems are listed: one changed time is enough to know the file was changed.
    static let maximumProblems = 20

    /// The recordings checked against their chain and the movements: every movement in exactly one recording, with
    /// its recording's time.
    static func problems(_ db: Database) throws -> [RecordingProblem] {
        var problems: [RecordingProblem] = []
        var ranges: [(first: Int64, last: Int64, recordedAt: String)] = []
        var previous = HashChain.genesis
        var expectedFirst: Int64 = 1
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT r.firstMovement, r.lastMovement, r.recordedAt, r.previousHash, r.hash, m.hash FROM recording r
                LEFT JOIN movement m ON m.id = r.lastMovement ORDER BY r.firstMovement
                """)
        while let row = try rows.next(), problems.count < maximumProblems {
            let first: Int64 = try row.stored(0, "recording", "?")
            let last: Int64 = try row.stored(1, "recording", "\(first)")
            let recordedAt: String = try row.stored(2, "recording", "\(first)")
            let previousHash: String = try row.stored(3, "recording", "\(first)")
            let hash: String = try row.stored(4, "recording", "\(first)")
            guard let lastHash: String = try row.storedOptional(5, "movement", "#\(last)") else {
                problems.append(RecordingProblem(movement: last, kind: .movementGone))
                continue
            }
            if first != expectedFirst { problems.append(RecordingProblem(movement: expectedFirst, kind: .notRecorded)) }
            let expected = RecordingEncoding.hash(
                first: first, last: last, recordedAt: recordedAt, lastMovementHash: lastHash, previousHash: previousHash)
            if previousHash != previous || expected != hash { problems.append(RecordingProblem(movement: first, kind: .recordingChanged)) }
            previous = hash
            expectedFirst = last + 1
            ranges.append((first, last, recordedAt))
        }
        var index = 0
        let movements = try Row.fetchCursor(db, sql: "SELECT id, recordedAt FROM movement ORDER BY id")
        while let row = try movements.next(), problems.count < maximumProblems {
            let id: Int64 = try row.stored(0, "movement", "?")
            while index < ranges.count, ranges[index].last < id { index += 1 }
            guard index < ranges.count, ranges[index].first <= id else {
                problems.append(RecordingProblem(movement: id, kind: .notRecorded))
                continue
            }
            let stored: String = try row.stored(1, "movement", "#\(id)")
            if stored != ranges[index].recordedAt {
                problems.append(RecordingProblem(movement: id, kind: .timeChanged(recorded: ranges[index].recordedAt, stored: stored)))
            }
        }
        return problems
    }
}
