import GRDB

extension LedgerMigrations {
    /// Clubs proposed as sponsors by an official of a municipality where they sponsor nothing else, and their
    /// treasurers' acceptances (v11). `acceptedAfterMovement`: the ledger's last movement when the treasurer accepted;
    /// only later movements may pledge the club's money. Both append-only and sealed with the catalogue.
    static func createSponsorshipProposals(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE sponsorshipProposal (
                    folio TEXT NOT NULL REFERENCES project(folio),
                    clubId TEXT NOT NULL REFERENCES club(partyId),
                    proposedBy TEXT NOT NULL CHECK (length(proposedBy) BETWEEN 1 AND 200),
                    PRIMARY KEY (folio, clubId),
                    FOREIGN KEY (folio, clubId) REFERENCES projectClub(folio, clubId)
                ) STRICT;
                CREATE TABLE sponsorshipAcceptance (
                    folio TEXT NOT NULL,
                    clubId TEXT NOT NULL,
                    acceptedBy TEXT NOT NULL CHECK (length(acceptedBy) BETWEEN 1 AND 200),
                    acceptedAfterMovement INTEGER NOT NULL CHECK (acceptedAfterMovement >= 0),
                    PRIMARY KEY (folio, clubId),
                    FOREIGN KEY (folio, clubId) REFERENCES sponsorshipProposal(folio, clubId)
                ) STRICT;
                """)
        try appendOnly(db, "sponsorshipProposal")
        try appendOnly(db, "sponsorshipAcceptance")
    }
}
