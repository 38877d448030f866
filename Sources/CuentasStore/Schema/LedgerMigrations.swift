import CuentasIntegrity
import CuentasTables
import GRDB

/// The schema, only ever changed by adding a named migration at the end.
enum LedgerMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-parties", migrate: createParties)
        migrator.registerMigration("v1-projects-and-schemes", migrate: createProjects)
        migrator.registerMigration("v1-movements", migrate: createMovements)
        migrator.registerMigration("v1-append-only", migrate: makeAppendOnly)
        migrator.registerMigration("v2-hash-chain", migrate: addHashChain)
        migrator.registerMigration("v3-publications", migrate: createPublications)
        migrator.registerMigration("v4-web-users-submissions-observations", migrate: createWebTables)
        migrator.registerMigration("v5-movement-by-reversed", migrate: indexReversals)
        migrator.registerMigration("v6-drop-movement-by-hash", migrate: dropHashIndex)
        migrator.registerMigration("v7-balances", migrate: createBalances)
        migrator.registerMigration("v8-comparisons", migrate: indexComparisons)
        migrator.registerMigration("v9-page-indexes", migrate: indexForPages)
        migrator.registerMigration("v10-catalogue-seals", migrate: createCatalogueSeals)
        migrator.registerMigration("v11-sponsorship-proposals", migrate: createSponsorshipProposals)
        migrator.registerMigration("v12-recordings", migrate: createRecordings)
        migrator.registerMigration("v13-club-renewals", migrate: createClubRenewals)
        migrator.registerMigration("v14-user-amendments", migrate: createUserAmendments)
        migrator.registerMigration("v15-catalogue-amendments", migrate: createCatalogueAmendments)
        migrator.registerMigration("v16-transfers-in-transit", migrate: createTransfersInTransit)
        migrator.registerMigration("v17-receipts", migrate: addReceipts)
        migrator.registerMigration("v18-evidence-oversight", migrate: createOversight)
        return migrator
    }

    /// Every table: rows are added, never changed or removed.
    static let appendOnlyTables =
        v1AppendOnlyTables + [
            "publication", "publicationFile", "submission", "observation", "appUser", "importedFile", "catalogueSeal",
            "sponsorshipProposal", "sponsorshipAcceptance", "recording", "clubRenewal", "userAmendment", "siteVisit", "evidence",
            "complaint",
            "complaintAnswer", "accountableContact", "committeeScope",
        ]
    static let v1AppendOnlyTables = [
        "party", "federation", "club", "government", "clubMember", "scheme", "project", "projectClub", "budgetLine",
        "movement",
    ]

    /// A real calendar day in ISO form: date() with a modifier normalizes 2025-02-30 to 2025-03-02 and gives NULL for
    /// month 13, so only real days come back unchanged.
    private static func dateCheck(_ column: String) -> String { "(\(column) IS NULL OR \(column) IS date(\(column), '+0 days'))" }
    private static func currencyCheck(_ column: String) -> String {
        "(\(column) IS NULL OR (length(\(column)) = 3 AND \(column) = upper(\(column)) AND \(column) GLOB '[A-Z][A-Z][A-Z]'))"
    }
    private static func text(_ column: String, max: Int, optional: Bool = false) -> String {
        optional
            ? "\(column) TEXT CHECK (\(column) IS NULL OR length(\(column)) BETWEEN 1 AND \(max))"
            : "\(column) TEXT NOT NULL CHECK (length(\(column)) BETWEEN 1 AND \(max))"
    }

    private static func createParties(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE party (
                    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 40),
                    kind TEXT NOT NULL CHECK (kind IN ('federation', 'club', 'government')),
                    \(text("name", max: 200))
                ) STRICT;
                CREATE TABLE federation (
                    partyId TEXT PRIMARY KEY REFERENCES party(id),
                    \(text("stateOfOrigin", max: 200)),
                    \(text("regionAbroad", max: 200))
                ) STRICT;
                CREATE TABLE club (
                    partyId TEXT PRIMARY KEY REFERENCES party(id),
                    federationId TEXT REFERENCES federation(partyId),
                    \(text("cityAbroad", max: 200)),
                    \(text("stateAbroad", max: 200)),
                    \(text("countryAbroad", max: 200)),
                    \(text("tomaDeNotaNumber", max: 100, optional: true)),
                    tomaDeNotaExpiresOn TEXT CHECK \(dateCheck("tomaDeNotaExpiresOn")),
                    fundCurrency TEXT NOT NULL CHECK \(currencyCheck("fundCurrency")),
                    CHECK ((tomaDeNotaNumber IS NULL) = (tomaDeNotaExpiresOn IS NULL))
                ) STRICT;
                CREATE TABLE government (
                    partyId TEXT PRIMARY KEY REFERENCES party(id),
                    level TEXT NOT NULL CHECK (level IN ('federal', 'state', 'municipal')),
                    parentId TEXT REFERENCES government(partyId),
                    countryCode TEXT NOT NULL CHECK (length(countryCode) = 2 AND countryCode = upper(countryCode)),
                    CHECK ((level = 'federal') = (parentId IS NULL))
                ) STRICT;
                CREATE TABLE clubMember (
                    id INTEGER PRIMARY KEY,
                    clubId TEXT NOT NULL REFERENCES club(partyId),
                    \(text("displayName", max: 200, optional: true))
                ) STRICT;
                """)
    }

    private static func createProjects(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE scheme (
                    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 40),
                    definitionJSON TEXT NOT NULL CHECK (json_valid(definitionJSON))
                ) STRICT;
                CREATE TABLE project (
                    folio TEXT PRIMARY KEY CHECK (length(folio) BETWEEN 1 AND 40),
                    \(text("titleSpanish", max: 300)),
                    \(text("titleEnglish", max: 300)),
                    descriptionSpanish TEXT NOT NULL CHECK (length(descriptionSpanish) <= 5000),
                    descriptionEnglish TEXT NOT NULL CHECK (length(descriptionEnglish) <= 5000),
                    kind TEXT NOT NULL CHECK (kind IN ('infrastructure', 'agriculture', 'commercialization', 'scholarship',
                        'community-services', 'education')),
                    municipalityId TEXT NOT NULL REFERENCES government(partyId),
                    \(text("locality", max: 200)),
                    executingAgencyId TEXT NOT NULL REFERENCES party(id),
                    approvedCostMinorUnits INTEGER NOT NULL CHECK (approvedCostMinorUnits > 0),
                    currency TEXT NOT NULL CHECK \(currencyCheck("currency")),
                    proposedOn TEXT NOT NULL CHECK \(dateCheck("proposedOn"))
                ) STRICT;
                CREATE TABLE projectClub (
                    folio TEXT NOT NULL REFERENCES project(folio),
                    clubId TEXT NOT NULL REFERENCES club(partyId),
                    position INTEGER NOT NULL CHECK (position >= 1),
                    PRIMARY KEY (folio, clubId),
                    UNIQUE (folio, position)
                ) STRICT;
                CREATE TABLE budgetLine (
                    folio TEXT NOT NULL REFERENCES project(folio),
                    number INTEGER NOT NULL CHECK (number >= 1),
                    \(text("concept", max: 300)),
                    amountMinorUnits INTEGER NOT NULL CHECK (amountMinorUnits > 0),
                    PRIMARY KEY (folio, number)
                ) STRICT;
                """)
    }

    private static func createMovements(_ db: Database) throws {
        let kinds = "'pledge', 'deposit', 'donation', 'transfer', 'payment', 'refund', 'progress', 'status', 'reversal'"
        try db.execute(
            sql: """
                CREATE TABLE movement (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL CHECK (kind IN (\(kinds))),
                    occurredOn TEXT NOT NULL CHECK \(dateCheck("occurredOn")),
                    recordedAt TEXT NOT NULL,
                    \(text("recordedBy", max: 200)),
                    note TEXT NOT NULL CHECK (length(note) <= 2000),
                    folio TEXT REFERENCES project(folio),
                    partyId TEXT REFERENCES party(id),
                    amountMinorUnits INTEGER CHECK (amountMinorUnits IS NULL OR amountMinorUnits > 0),
                    currency TEXT CHECK \(currencyCheck("currency")),
                    sentMinorUnits INTEGER CHECK (sentMinorUnits IS NULL OR sentMinorUnits > 0),
                    sentCurrency TEXT CHECK \(currencyCheck("sentCurrency")),
                    feeMinorUnits INTEGER CHECK (feeMinorUnits IS NULL OR feeMinorUnits >= 0),
                    exchangeRateMillionths INTEGER CHECK (exchangeRateMillionths IS NULL OR exchangeRateMillionths > 0),
                    \(text("rateSource", max: 200, optional: true)),
                    marketRateMillionths INTEGER CHECK (marketRateMillionths IS NULL OR marketRateMillionths > 0),
                    \(text("reference", max: 100, optional: true)),
                    schemeId TEXT REFERENCES scheme(id),
                    capBound INTEGER CHECK (capBound IS NULL OR capBound IN (0, 1)),
                    memberId INTEGER REFERENCES clubMember(id),
                    \(text("eventName", max: 200, optional: true)),
                    budgetLine INTEGER,
                    \(text("payee", max: 200, optional: true)),
                    \(text("payeeTaxId", max: 13, optional: true)),
                    invoiceUuid TEXT CHECK (invoiceUuid IS NULL OR length(invoiceUuid) = 36),
                    \(text("overrunReason", max: 2000, optional: true)),
                    physicalPercent INTEGER CHECK (physicalPercent IS NULL OR physicalPercent BETWEEN 0 AND 100),
                    status TEXT CHECK (status IS NULL OR status IN ('proposed', 'approved', 'rejected', 'in-execution',
                        'completed', 'closed', 'cancelled')),
                    sessionDate TEXT CHECK \(dateCheck("sessionDate")),
                    \(text("minutesReference", max: 100, optional: true)),
                    \(text("handOverReference", max: 100, optional: true)),
                    \(text("reason", max: 2000, optional: true)),
                    reversesId INTEGER UNIQUE REFERENCES movement(id),
                    FOREIGN KEY (folio, budgetLine) REFERENCES budgetLine(folio, number),
                    CHECK (kind <> 'pledge' OR (folio IS NOT NULL AND partyId IS NOT NULL AND amountMinorUnits IS NOT NULL
                        AND currency IS NOT NULL AND capBound IS NOT NULL)),
                    CHECK (kind NOT IN ('deposit', 'transfer') OR (folio IS NOT NULL AND partyId IS NOT NULL
                        AND amountMinorUnits IS NOT NULL AND currency IS NOT NULL AND sentMinorUnits IS NOT NULL
                        AND sentCurrency IS NOT NULL AND feeMinorUnits IS NOT NULL AND exchangeRateMillionths IS NOT NULL
                        AND rateSource IS NOT NULL AND reference IS NOT NULL)),
                    CHECK (kind <> 'donation' OR (partyId IS NOT NULL AND amountMinorUnits IS NOT NULL AND currency IS NOT NULL
                        AND NOT (memberId IS NOT NULL AND eventName IS NOT NULL))),
                    CHECK (kind <> 'payment' OR (folio IS NOT NULL AND budgetLine IS NOT NULL AND payee IS NOT NULL
                        AND payeeTaxId IS NOT NULL AND amountMinorUnits IS NOT NULL AND currency IS NOT NULL
                        AND invoiceUuid IS NOT NULL)),
                    CHECK (kind <> 'refund' OR (folio IS NOT NULL AND partyId IS NOT NULL AND amountMinorUnits IS NOT NULL
                        AND currency IS NOT NULL AND reference IS NOT NULL)),
                    CHECK (kind <> 'progress' OR (folio IS NOT NULL AND physicalPercent IS NOT NULL)),
                    CHECK (kind <> 'status' OR (folio IS NOT NULL AND status IS NOT NULL)),
                    CHECK (kind <> 'reversal' OR (reversesId IS NOT NULL AND reason IS NOT NULL)),
                    CHECK (reversesId IS NULL OR reversesId < id)
                ) STRICT;
                CREATE INDEX movementByFolio ON movement(folio);
                CREATE INDEX movementByParty ON movement(partyId);
                CREATE INDEX movementByReference ON movement(reference);
                """)
    }

    private static func makeAppendOnly(_ db: Database) throws {
        for table in v1AppendOnlyTables { try appendOnly(db, table) }
    }

    static func appendOnly(_ db: Database, _ table: String) throws {
        try db.execute(
            sql: """
                CREATE TRIGGER \(table)NoUpdate BEFORE UPDATE ON \(table)
                BEGIN SELECT RAISE(ABORT, '\(table) is append-only: recorded data is never edited; record a correction'); END;
                CREATE TRIGGER \(table)NoDelete BEFORE DELETE ON \(table)
                BEGIN SELECT RAISE(ABORT, '\(table) is append-only: recorded data is never deleted; record a reversal'); END;
                """)
    }

    /// Every movement carries the SHA-256 of its canonical encoding, which includes the hash of the movement before it.
    /// Movements recorded before this migration get their hashes here, in order.
    private static func addHashChain(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE movement ADD COLUMN previousHash TEXT CHECK (previousHash IS NULL OR length(previousHash) = 64);
                ALTER TABLE movement ADD COLUMN hash TEXT CHECK (hash IS NULL OR length(hash) = 64);
                DROP TRIGGER movementNoUpdate;
                """)
        var previous = HashChain.genesis
        // The columns v16 and v17 added do not exist yet: read as null, which is what every movement of this time holds.
        let laterColumns: Set<String> = ["provider", "settlesId", "receipt"]
        let columns = MovementColumns.names.map { laterColumns.contains($0) ? "NULL" : $0 }
        let rows = try Row.fetchAll(db, sql: "SELECT \(columns.joined(separator: ", ")) FROM movement ORDER BY id")
        for row in rows {
            let movement = try MovementColumns.movement(from: row)
            let hash = HashChain.hash(movement, previousHash: previous)
            try db.execute(sql: "UPDATE movement SET previousHash = ?, hash = ? WHERE id = ?", arguments: [previous, hash, movement.id])
            previous = hash
        }
        try db.execute(
            sql: """
                CREATE TRIGGER movementNoUpdate BEFORE UPDATE ON movement
                BEGIN SELECT RAISE(ABORT, 'movement is append-only: recorded data is never edited; record a correction'); END;
                CREATE TRIGGER movementNeedsHash BEFORE INSERT ON movement WHEN NEW.hash IS NULL OR NEW.previousHash IS NULL
                BEGIN SELECT RAISE(ABORT, 'every movement carries its hash and the hash of the one before'); END;
                CREATE UNIQUE INDEX movementByHash ON movement(hash);
                """)
    }

    /// Signed publications: number, date, signer, the ledger head, and the hash of every published file.
    private static func createPublications(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE publication (
                    number INTEGER PRIMARY KEY CHECK (number >= 1),
                    publishedOn TEXT NOT NULL CHECK \(dateCheck("publishedOn")),
                    asOf TEXT NOT NULL CHECK \(dateCheck("asOf")),
                    \(text("signerName", max: 200)),
                    publicKey TEXT NOT NULL CHECK (length(publicKey) = 44),
                    ledgerMovements INTEGER NOT NULL CHECK (ledgerMovements >= 0),
                    ledgerHeadHash TEXT NOT NULL CHECK (length(ledgerHeadHash) = 64),
                    manifestSHA256 TEXT NOT NULL CHECK (length(manifestSHA256) = 64),
                    signature TEXT NOT NULL
                ) STRICT;
                CREATE TABLE publicationFile (
                    publication INTEGER NOT NULL REFERENCES publication(number),
                    path TEXT NOT NULL CHECK (length(path) BETWEEN 1 AND 300),
                    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
                    PRIMARY KEY (publication, path)
                ) STRICT;
                """)
        try appendOnly(db, "publication")
        try appendOnly(db, "publicationFile")
    }

    /// The web app's tables. `appUser`: who may sign in and what they may touch (a treasurer one club, an official one
    /// municipality). `submission`: each form sent once, so a second press of the button records nothing.
    /// `observation`: an auditor's remarks on a project; never money.
    private static func createWebTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE appUser (
                    name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 60 AND name NOT GLOB '*[^a-z0-9._-]*'),
                    role TEXT NOT NULL CHECK (role IN ('admin', 'treasurer', 'official', 'auditor')),
                    clubId TEXT REFERENCES club(partyId),
                    municipalityId TEXT REFERENCES government(partyId),
                    passwordHash TEXT NOT NULL CHECK (passwordHash GLOB '$2[aby]$*' AND length(passwordHash) = 60),
                    createdAt TEXT NOT NULL,
                    createdBy TEXT NOT NULL CHECK (length(createdBy) BETWEEN 1 AND 200),
                    CHECK ((role = 'treasurer') = (clubId IS NOT NULL)),
                    CHECK ((role = 'official') = (municipalityId IS NOT NULL))
                ) STRICT;
                CREATE TABLE submission (
                    key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 16 AND 100),
                    userName TEXT NOT NULL REFERENCES appUser(name),
                    firstMovement INTEGER NOT NULL REFERENCES movement(id),
                    lastMovement INTEGER NOT NULL REFERENCES movement(id),
                    recordedAt TEXT NOT NULL,
                    CHECK (firstMovement <= lastMovement)
                ) STRICT;
                CREATE TABLE observation (
                    id INTEGER PRIMARY KEY,
                    folio TEXT NOT NULL REFERENCES project(folio),
                    author TEXT NOT NULL REFERENCES appUser(name),
                    writtenAt TEXT NOT NULL,
                    \(text("text", max: 4000))
                ) STRICT;
                CREATE INDEX observationByFolio ON observation(folio);
                """)
        for table in ["appUser", "submission", "observation"] { try appendOnly(db, table) }
    }

    /// Finding the corrections of a set of movements without reading the whole ledger (one project's figures).
    /// The unique index on `hash` is dropped: nothing looks a movement up by its hash, and uniqueness only restated the
    /// chain (every hash covers the movement's number, the primary key, and the hash before it; `check` recomputes them
    /// all). Its keys are random, so every insert wrote a random page of it: about a quarter of a national import's
    /// time (bench/NOTES.md).
    private static func dropHashIndex(_ db: Database) throws {
        try db.execute(sql: "DROP INDEX movementByHash")
    }

    private static func indexReversals(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX movementByReversed ON movement(reversesId) WHERE reversesId IS NOT NULL")
    }
}
