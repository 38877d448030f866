import GRDB

extension LedgerMigrations {
    /// The catalogue's seals (v10): each catalogue row as stored (parties, clubs, governments, members, schemes,
    /// projects, their clubs and budget lines, users) gets a seal, the hash of its canonical text chained to the seal
    /// before, in the transaction that adds it. `check` compares every row with its seal, so a name, a title, a budget
    /// line, a scheme's definition or a password hash changed behind the program's back is named. Rows written before
    /// this migration are sealed when the ledger is next opened for writing (`LedgerStore.init`), by the program, not
    /// here: a migration never runs the program's own code.
    static func createCatalogueSeals(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE catalogueSeal (
                    number INTEGER PRIMARY KEY AUTOINCREMENT,
                    entity TEXT NOT NULL CHECK (entity IN ('party', 'federation', 'club', 'government', 'clubMember', 'scheme',
                        'project', 'projectClub', 'budgetLine', 'appUser', 'sponsorshipProposal', 'sponsorshipAcceptance', 'clubRenewal', 'userAmendment')),
                    key TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
                    content TEXT NOT NULL CHECK (content GLOB 'cuentas-catalogue-1*'),
                    previousHash TEXT NOT NULL CHECK (length(previousHash) = 64),
                    hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
                    UNIQUE (entity, key)
                ) STRICT;
                """)
        try appendOnly(db, "catalogueSeal")
    }
}
