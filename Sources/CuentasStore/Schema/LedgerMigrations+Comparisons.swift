import GRDB

/// v8: indexes for the comparisons a careful reader makes and bytes do not: an identifier that differs from another
/// only by case ("club-a" and "CLUB-A") names the same thing, and a bank reference is the same one with other case or
/// spacing ("spei 0042" and "SPEI0042"). Frozen like every migration. The indexes are not unique, so a ledger that
/// already holds such a pair still opens (`check` and new recordings name the pair).
extension LedgerMigrations {
    static func indexComparisons(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX partyIdIgnoringCase ON party(id COLLATE NOCASE);
            CREATE INDEX projectFolioIgnoringCase ON project(folio COLLATE NOCASE);
            CREATE INDEX schemeIdIgnoringCase ON scheme(id COLLATE NOCASE);
            CREATE INDEX movementByReferenceKey ON movement(upper(replace(reference, ' ', ''))) WHERE reference IS NOT NULL;
            """)
    }
}
