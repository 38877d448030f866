import GRDB

/// v17: every donation recorded from now on carries the code of its receipt (ten symbols of Crockford's base 32, the
/// last a check symbol), unique in the ledger and never reused: the index refuses a second donation with the same
/// code even if the program drew it twice. Donations recorded before keep no code (their rows are never edited).
/// Frozen like every migration.
extension LedgerMigrations {
    static func addReceipts(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE movement ADD COLUMN receipt TEXT CHECK (receipt IS NULL OR (kind = 'donation' AND length(receipt) = 10
                    AND substr(receipt, 1, 9) NOT GLOB '*[^0-9A-HJKMNP-TV-Z]*' AND substr(receipt, 10, 1) GLOB '[0-9A-HJKMNP-Z*~$=]'));
                CREATE UNIQUE INDEX movementByReceipt ON movement(receipt) WHERE receipt IS NOT NULL;
                """)
    }
}
