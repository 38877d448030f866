import GRDB

extension LedgerMigrations {
    /// Amendments of the catalogue (v15): a club's, federation's, government's or project's field changed by a new, dated
    /// entry with who and why; a project's budget re-programmed between its lines; a user's password, scope or
    /// one-time setup link. All append-only and sealed with the catalogue, whose table of seals is rebuilt here (as
    /// SQLite changes a CHECK constraint) to accept the new entries, every seal copied as it was.
    static func createCatalogueAmendments(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE catalogueAmendment (
                    id INTEGER PRIMARY KEY,
                    entity TEXT NOT NULL CHECK (entity IN ('club', 'federation', 'government', 'project')),
                    entityKey TEXT NOT NULL CHECK (length(entityKey) BETWEEN 1 AND 40),
                    field TEXT NOT NULL CHECK (entity || '.' || field IN (
                        'club.name', 'club.federation', 'club.cityAbroad', 'club.stateAbroad', 'club.countryAbroad',
                        'federation.name', 'government.name', 'government.administration',
                        'project.titleSpanish', 'project.titleEnglish', 'project.descriptionSpanish', 'project.descriptionEnglish',
                        'project.locality', 'project.executingAgency', 'project.plannedEnd')),
                    value TEXT NOT NULL CHECK (length(value) <= 4000),
                    effectiveOn TEXT NOT NULL CHECK (effectiveOn IS date(effectiveOn, '+0 days')),
                    reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
                    minutes TEXT CHECK (minutes IS NULL OR length(minutes) BETWEEN 1 AND 100),
                    recordedBy TEXT NOT NULL CHECK (length(recordedBy) BETWEEN 1 AND 200),
                    recordedAt TEXT NOT NULL CHECK (length(recordedAt) BETWEEN 1 AND 40),
                    CHECK (field <> 'name' OR length(value) >= 1),
                    CHECK (field NOT LIKE 'title%' OR length(value) >= 1),
                    CHECK (field <> 'plannedEnd' OR value IS date(value, '+0 days'))
                ) STRICT;
                CREATE INDEX catalogueAmendmentByEntity ON catalogueAmendment(entity, entityKey);
                CREATE TABLE budgetReprogramming (
                    id INTEGER PRIMARY KEY,
                    folio TEXT NOT NULL REFERENCES project(folio),
                    effectiveOn TEXT NOT NULL CHECK (effectiveOn IS date(effectiveOn, '+0 days')),
                    minutes TEXT NOT NULL CHECK (length(minutes) BETWEEN 1 AND 100),
                    reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
                    recordedBy TEXT NOT NULL CHECK (length(recordedBy) BETWEEN 1 AND 200),
                    recordedAt TEXT NOT NULL CHECK (length(recordedAt) BETWEEN 1 AND 40),
                    -- A new approved cost; NULL when the total stays.
                    approvedCostMinorUnits INTEGER CHECK (approvedCostMinorUnits IS NULL OR approvedCostMinorUnits > 0)
                ) STRICT;
                CREATE INDEX budgetReprogrammingByFolio ON budgetReprogramming(folio);
                CREATE TABLE budgetReprogrammingLine (
                    reprogrammingId INTEGER NOT NULL REFERENCES budgetReprogramming(id),
                    folio TEXT NOT NULL,
                    number INTEGER NOT NULL,
                    amountMinorUnits INTEGER NOT NULL CHECK (amountMinorUnits >= 0),
                    PRIMARY KEY (reprogrammingId, number),
                    FOREIGN KEY (folio, number) REFERENCES budgetLine(folio, number)
                ) STRICT;
                CREATE TABLE userChange (
                    id INTEGER PRIMARY KEY,
                    userName TEXT NOT NULL REFERENCES appUser(name),
                    kind TEXT NOT NULL CHECK (kind IN ('password', 'scope', 'setupLink')),
                    passwordHash TEXT CHECK (passwordHash IS NULL OR (passwordHash GLOB '$2[aby]$*' AND length(passwordHash) = 60)),
                    role TEXT CHECK (role IS NULL OR role IN ('admin', 'treasurer', 'official', 'auditor')),
                    clubId TEXT REFERENCES club(partyId),
                    municipalityId TEXT REFERENCES government(partyId),
                    setupTokenHash TEXT CHECK (setupTokenHash IS NULL OR length(setupTokenHash) = 64),
                    expiresAt TEXT CHECK (expiresAt IS NULL OR length(expiresAt) BETWEEN 1 AND 40),
                    reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
                    recordedBy TEXT NOT NULL CHECK (length(recordedBy) BETWEEN 1 AND 200),
                    recordedAt TEXT NOT NULL CHECK (length(recordedAt) BETWEEN 1 AND 40),
                    CHECK ((kind = 'password') = (passwordHash IS NOT NULL)),
                    CHECK ((kind = 'scope') = (role IS NOT NULL)),
                    CHECK (kind <> 'setupLink' OR (setupTokenHash IS NOT NULL AND expiresAt IS NOT NULL)),
                    CHECK (kind = 'password' OR kind = 'setupLink' OR setupTokenHash IS NULL),
                    CHECK ((role IS 'treasurer') = (clubId IS NOT NULL)),
                    CHECK ((role IS 'official') = (municipalityId IS NOT NULL))
                ) STRICT;
                CREATE INDEX userChangeByUser ON userChange(userName);
                -- A setup link sets a password once.
                CREATE UNIQUE INDEX userChangeSetupUsedOnce ON userChange(setupTokenHash) WHERE kind = 'password';
                CREATE UNIQUE INDEX userChangeSetupIssuedOnce ON userChange(setupTokenHash) WHERE kind = 'setupLink';

                CREATE TABLE catalogueSealWider (
                    number INTEGER PRIMARY KEY AUTOINCREMENT,
                    entity TEXT NOT NULL CHECK (entity IN ('party', 'federation', 'club', 'government', 'clubMember', 'scheme',
                        'project', 'projectClub', 'budgetLine', 'appUser', 'sponsorshipProposal', 'sponsorshipAcceptance', 'clubRenewal',
                        'userAmendment', 'catalogueAmendment', 'budgetReprogramming', 'budgetReprogrammingLine', 'userChange')),
                    key TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
                    content TEXT NOT NULL CHECK (content GLOB 'cuentas-catalogue-1*'),
                    previousHash TEXT NOT NULL CHECK (length(previousHash) = 64),
                    hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
                    UNIQUE (entity, key)
                ) STRICT;
                INSERT INTO catalogueSealWider (number, entity, key, content, previousHash, hash)
                    SELECT number, entity, key, content, previousHash, hash FROM catalogueSeal ORDER BY number;
                DROP TABLE catalogueSeal;
                ALTER TABLE catalogueSealWider RENAME TO catalogueSeal;
                """)
        for table in ["catalogueAmendment", "budgetReprogramming", "budgetReprogrammingLine", "userChange", "catalogueSeal"] {
            try appendOnly(db, table)
        }
    }
}
