import GRDB

/// v8: indexes for the comparisons a careful reader makes and bytes do not: an identifier that differs from another
/// only by case ("club-a" and "CLUB-A") names the same thing, and a bank reference is the same one with other case or
/// spacing ("spei 0042" and "SPEI0042"). Frozen like every migration. The indexes are not unique, so a ledger that
/// already holds such a pair still opens (`check` and new recordings name the pair). And the files imported, by the
/// SHA-256 of their bytes: importing the same file again records nothing (append-only, like every record).
extension LedgerMigrations {
    static func indexComparisons(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE importedFile (
                    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
                    kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
                    firstMovement INTEGER NOT NULL REFERENCES movement(id),
                    lastMovement INTEGER NOT NULL REFERENCES movement(id),
                    recordedBy TEXT NOT NULL CHECK (length(recordedBy) BETWEEN 1 AND 200),
                    recordedAt TEXT NOT NULL,
                    CHECK (firstMovement <= lastMovement)
                ) STRICT;
                CREATE TRIGGER importedFileNoUpdate BEFORE UPDATE ON importedFile
                BEGIN SELECT RAISE(ABORT, 'importedFile is append-only: recorded data is never edited; record a correction'); END;
                CREATE TRIGGER importedFileNoDelete BEFORE DELETE ON importedFile
                BEGIN SELECT RAISE(ABORT, 'importedFile is append-only: recorded data is never deleted; record a reversal'); END;
                """)
        try db.execute(
            sql: """
                CREATE INDEX partyIdIgnoringCase ON party(id COLLATE NOCASE);
                CREATE INDEX projectFolioIgnoringCase ON project(folio COLLATE NOCASE);
                CREATE INDEX schemeIdIgnoringCase ON scheme(id COLLATE NOCASE);
                CREATE INDEX movementByReferenceKey ON movement(upper(replace(reference, ' ', ''))) WHERE reference IS NOT NULL;
                CREATE INDEX movementByInvoice ON movement('CFDI:' || invoiceUuid) WHERE invoiceUuid IS NOT NULL;
                """)
    }
}
