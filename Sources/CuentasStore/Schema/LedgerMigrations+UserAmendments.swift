import GRDB

extension LedgerMigrations {
    /// Amendments of a user (v14): disabled when they leave the treasury, enabled again; the user's row is never edited
    /// and what they recorded keeps their name. Append-only and sealed with the catalogue.
    static func createUserAmendments(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE userAmendment (
                    id INTEGER PRIMARY KEY,
                    userName TEXT NOT NULL REFERENCES appUser(name),
                    kind TEXT NOT NULL CHECK (kind IN ('disabled', 'enabled')),
                    reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
                    recordedBy TEXT NOT NULL CHECK (length(recordedBy) BETWEEN 1 AND 200),
                    recordedAt TEXT NOT NULL CHECK (length(recordedAt) BETWEEN 1 AND 40)
                ) STRICT;
                CREATE INDEX userAmendmentByUser ON userAmendment(userName);
                """)
        try appendOnly(db, "userAmendment")
    }
}
