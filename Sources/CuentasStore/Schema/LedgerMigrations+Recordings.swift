import GRDB

extension LedgerMigrations {
    /// Each write's movements and when they were typed in (v12): one row per transaction that recorded movements,
    /// chained by hash and bound to the hash of its last movement, so that the time a movement was recorded
    /// (`movement.recordedAt`, outside the movements' own encoding) cannot be changed unseen either. Movements recorded
    /// before this migration get their rows when the ledger is next opened for writing (`LedgerStore.init`): one per run
    /// of movements recorded at the same moment.
    static func createRecordings(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE recording (
                    firstMovement INTEGER PRIMARY KEY CHECK (firstMovement >= 1),
                    lastMovement INTEGER NOT NULL CHECK (lastMovement >= firstMovement),
                    recordedAt TEXT NOT NULL CHECK (length(recordedAt) BETWEEN 1 AND 40),
                    previousHash TEXT NOT NULL CHECK (length(previousHash) = 64),
                    hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
                ) STRICT;
                """)
        try appendOnly(db, "recording")
    }
}
