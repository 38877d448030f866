import GRDB

/// v9: what the app's pages look up on every request, found through indexes. Frozen like every migration.
/// - A municipality's projects: an official's start page, a municipality's statement and its page went through all
///   40,000 rows of a national catalogue, descriptions included, three times a request (most of the page's time).
/// - A club's projects: a treasurer's start page went through every project's clubs.
/// - A club's movements by kind: the movements a club's page lists (not its pledges) and the corrections of them are
///   found in the index alone, without reading each of the club's thousand rows to learn its kind. It replaces the
///   index on the party alone, which it covers.
extension LedgerMigrations {
    static func indexForPages(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE INDEX projectByMunicipality ON project(municipalityId);
                CREATE INDEX projectClubByClub ON projectClub(clubId);
                CREATE INDEX movementByPartyAndKind ON movement(partyId, kind);
                DROP INDEX movementByParty;
                """)
    }
}
