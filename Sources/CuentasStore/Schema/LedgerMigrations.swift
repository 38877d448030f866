import GRDB

/// The schema, only ever changed by adding a named migration at the end.
enum LedgerMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-parties", migrate: createParties)
        migrator.registerMigration("v1-projects-and-schemes", migrate: createProjects)
        migrator.registerMigration("v1-movements", migrate: createMovements)
        migrator.registerMigration("v1-append-only", migrate: makeAppendOnly)
        return migrator
    }

    /// Every table: rows are added, never changed or removed.
    static let appendOnlyTables = [
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
        try db.execute(sql: """
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
        try db.execute(sql: """
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
        try db.execute(sql: """
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
        for table in appendOnlyTables {
            try db.execute(sql: """
                CREATE TRIGGER \(table)NoUpdate BEFORE UPDATE ON \(table)
                BEGIN SELECT RAISE(ABORT, '\(table) is append-only: recorded data is never edited; record a correction'); END;
                CREATE TRIGGER \(table)NoDelete BEFORE DELETE ON \(table)
                BEGIN SELECT RAISE(ABORT, '\(table) is append-only: recorded data is never deleted; record a reversal'); END;
                """)
        }
    }
}
