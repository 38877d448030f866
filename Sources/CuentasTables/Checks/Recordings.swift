import CuentasIntegrity

/// The `recording` rows: which movements each write added and when (`LedgerMigrations.createRecordings`), on either
/// store.
public enum Recordings {
    /// At most this many problems are listed: one changed time is enough to know the file was changed.
    public static let maximumProblems = 20

    /// The recordings checked against their chain and the movements: every movement in exactly one recording, with
    /// its recording's time.
    public static func problems(_ db: some LedgerSession) throws -> [RecordingProblem] {
        var problems: [RecordingProblem] = []
        var ranges: [(first: Int64, last: Int64, recordedAt: String)] = []
        var previous = HashChain.genesis
        var expectedFirst: Int64 = 1
        try db.forEachRow(
            """
            SELECT r.firstMovement, r.lastMovement, r.recordedAt, r.previousHash, r.hash, m.hash FROM recording r
            LEFT JOIN movement m ON m.id = r.lastMovement ORDER BY r.firstMovement
            """, []
        ) { row in
            guard problems.count < maximumProblems else { return }
            let first: Int64 = try row.stored(0, "recording", "?")
            let last: Int64 = try row.stored(1, "recording", "\(first)")
            let recordedAt: String = try row.stored(2, "recording", "\(first)")
            let previousHash: String = try row.stored(3, "recording", "\(first)")
            let hash: String = try row.stored(4, "recording", "\(first)")
            guard let lastHash: String = try row.storedOptional(5, "movement", "#\(last)") else {
                problems.append(RecordingProblem(movement: last, kind: .movementGone))
                return
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
        try db.forEachRow("SELECT id, recordedAt FROM movement ORDER BY id", []) { row in
            guard problems.count < maximumProblems else { return }
            let id: Int64 = try row.stored(0, "movement", "?")
            while index < ranges.count, ranges[index].last < id { index += 1 }
            guard index < ranges.count, ranges[index].first <= id else {
                problems.append(RecordingProblem(movement: id, kind: .notRecorded))
                return
            }
            let stored: String = try row.stored(1, "movement", "#\(id)")
            if stored != ranges[index].recordedAt {
                problems.append(RecordingProblem(movement: id, kind: .timeChanged(recorded: ranges[index].recordedAt, stored: stored)))
            }
        }
        return problems
    }
}
