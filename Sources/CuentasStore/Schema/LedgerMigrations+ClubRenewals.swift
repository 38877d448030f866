import GRDB

extension LedgerMigrations {
    /// Renewals of a club's toma de nota (v13): amendments beside the club's row, never edits of it; append-only and
    /// sealed with the catalogue.
    static func createClubRenewals(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE clubRenewal (
                    id INTEGER PRIMARY KEY,
                    clubId TEXT NOT NULL REFERENCES club(partyId),
                    tomaDeNotaNumber TEXT NOT NULL CHECK (length(tomaDeNotaNumber) BETWEEN 1 AND 100),
                    effectiveOn TEXT NOT NULL CHECK (effectiveOn IS date(effectiveOn, '+0 days')),
                    expiresOn TEXT NOT NULL CHECK (expiresOn IS date(expiresOn, '+0 days') AND expiresOn >= effectiveOn),
                    reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
                    recordedBy TEXT NOT NULL CHECK (length(recordedBy) BETWEEN 1 AND 200),
                    recordedAt TEXT NOT NULL CHECK (length(recordedAt) BETWEEN 1 AND 40)
                ) STRICT;
                CREATE INDEX clubRenewalByClub ON clubRenewal(clubId);
                """)
        try appendOnly(db, "clubRenewal")
    }
}
