import GRDB
import CuentasTables

/// v18: what stands beside the money. Evidence files attached to projects and their movements (the bytes are kept
/// content-addressed in a folder beside the ledger, `EvidenceFolder`; the row keeps the file's SHA-256, size and media
/// type), the committee's site visits, complaints and observations with their answers (the auditors' observations of
/// v4 are copied in as observations), whom to ask for each project and each municipality's comptroller, and the
/// committee role, scoped to projects. Every table is append-only and sealed into the catalogue's chain. Frozen like
/// every migration.
extension LedgerMigrations {
    static func createOversight(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE siteVisit (
                    id INTEGER PRIMARY KEY,
                    folio TEXT NOT NULL REFERENCES project(folio),
                    visitedOn TEXT NOT NULL CHECK (visitedOn IS date(visitedOn, '+0 days')),
                    attendees TEXT NOT NULL CHECK (length(attendees) BETWEEN 1 AND 1000),
                    physicalPercent INTEGER CHECK (physicalPercent IS NULL OR physicalPercent BETWEEN 0 AND 100),
                    remarks TEXT NOT NULL CHECK (length(remarks) BETWEEN 1 AND 4000),
                    recordedBy TEXT NOT NULL CHECK (length(recordedBy) BETWEEN 1 AND 200),
                    recordedAt TEXT NOT NULL CHECK (length(recordedAt) BETWEEN 1 AND 40)
                ) STRICT;
                CREATE INDEX siteVisitByFolio ON siteVisit(folio);
                CREATE TABLE evidence (
                    id INTEGER PRIMARY KEY,
                    folio TEXT NOT NULL REFERENCES project(folio),
                    movementId INTEGER REFERENCES movement(id),
                    visitId INTEGER REFERENCES siteVisit(id),
                    sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
                    size INTEGER NOT NULL CHECK (size BETWEEN 1 AND 20971520),
                    mediaType TEXT NOT NULL CHECK (mediaType IN ('image/jpeg', 'image/png', 'application/pdf', 'application/xml')),
                    caption TEXT NOT NULL CHECK (length(caption) BETWEEN 1 AND 300),
                    fileName TEXT NOT NULL CHECK (length(fileName) BETWEEN 1 AND 200),
                    keptLocation INTEGER NOT NULL CHECK (keptLocation IN (0, 1)),
                    invoiceCheck TEXT CHECK (invoiceCheck IS NULL OR (length(invoiceCheck) BETWEEN 1 AND 1000 AND mediaType = 'application/xml')),
                    recordedBy TEXT NOT NULL CHECK (length(recordedBy) BETWEEN 1 AND 200),
                    recordedAt TEXT NOT NULL CHECK (length(recordedAt) BETWEEN 1 AND 40),
                    CHECK (movementId IS NULL OR visitId IS NULL)
                ) STRICT;
                CREATE INDEX evidenceByFolio ON evidence(folio);
                CREATE TABLE complaint (
                    id INTEGER PRIMARY KEY,
                    folio TEXT NOT NULL REFERENCES project(folio),
                    kind TEXT NOT NULL CHECK (kind IN ('complaint', 'observation')),
                    origin TEXT NOT NULL CHECK (origin IN ('committee', 'treasurer', 'auditor')),
                    author TEXT NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
                    writtenOn TEXT NOT NULL CHECK (writtenOn IS date(writtenOn, '+0 days')),
                    text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
                    recordedAt TEXT NOT NULL CHECK (length(recordedAt) BETWEEN 1 AND 40)
                ) STRICT;
                CREATE INDEX complaintByFolio ON complaint(folio);
                -- One answer to each complaint; a further exchange is a new complaint.
                CREATE TABLE complaintAnswer (
                    complaintId INTEGER PRIMARY KEY REFERENCES complaint(id),
                    answeredOn TEXT NOT NULL CHECK (answeredOn IS date(answeredOn, '+0 days')),
                    text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
                    answeredBy TEXT NOT NULL CHECK (length(answeredBy) BETWEEN 1 AND 200),
                    recordedAt TEXT NOT NULL CHECK (length(recordedAt) BETWEEN 1 AND 40)
                ) STRICT;
                CREATE TABLE accountableContact (
                    id INTEGER PRIMARY KEY,
                    folio TEXT REFERENCES project(folio),
                    municipalityId TEXT REFERENCES government(partyId),
                    role TEXT NOT NULL CHECK (role IN ('responsible', 'comptroller')),
                    office TEXT NOT NULL CHECK (length(office) BETWEEN 1 AND 200),
                    officer TEXT NOT NULL CHECK (length(officer) BETWEEN 1 AND 200),
                    phone TEXT CHECK (phone IS NULL OR length(phone) BETWEEN 1 AND 40),
                    email TEXT CHECK (email IS NULL OR (length(email) BETWEEN 3 AND 200 AND email GLOB '?*@?*')),
                    address TEXT CHECK (address IS NULL OR length(address) BETWEEN 1 AND 300),
                    effectiveOn TEXT NOT NULL CHECK (effectiveOn IS date(effectiveOn, '+0 days')),
                    recordedBy TEXT NOT NULL CHECK (length(recordedBy) BETWEEN 1 AND 200),
                    recordedAt TEXT NOT NULL CHECK (length(recordedAt) BETWEEN 1 AND 40),
                    CHECK ((folio IS NULL) <> (municipalityId IS NULL)),
                    CHECK ((role = 'responsible') = (folio IS NOT NULL)),
                    CHECK (phone IS NOT NULL OR email IS NOT NULL OR address IS NOT NULL)
                ) STRICT;
                CREATE INDEX accountableContactByFolio ON accountableContact(folio);
                INSERT INTO complaint (folio, kind, origin, author, writtenOn, text, recordedAt)
                    SELECT folio, 'observation', 'auditor', author, substr(writtenAt, 1, 10), text, writtenAt FROM observation ORDER BY id;

                -- The committee role: the users table again with the new role (its rows copied as they are, so their seals hold).
                CREATE TABLE appUserWithCommittee (
                    name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 60 AND name NOT GLOB '*[^a-z0-9._-]*'),
                    role TEXT NOT NULL CHECK (role IN ('admin', 'treasurer', 'official', 'auditor', 'committee')),
                    clubId TEXT REFERENCES club(partyId),
                    municipalityId TEXT REFERENCES government(partyId),
                    passwordHash TEXT NOT NULL CHECK (passwordHash GLOB '$2[aby]$*' AND length(passwordHash) = 60),
                    createdAt TEXT NOT NULL,
                    createdBy TEXT NOT NULL CHECK (length(createdBy) BETWEEN 1 AND 200),
                    CHECK ((role = 'treasurer') = (clubId IS NOT NULL)),
                    CHECK ((role = 'official') = (municipalityId IS NOT NULL))
                ) STRICT;
                INSERT INTO appUserWithCommittee SELECT name, role, clubId, municipalityId, passwordHash, createdAt, createdBy FROM appUser;
                DROP TABLE appUser;
                ALTER TABLE appUserWithCommittee RENAME TO appUser;
                -- Which projects a committee member watches.
                CREATE TABLE committeeScope (
                    userName TEXT NOT NULL REFERENCES appUser(name),
                    folio TEXT NOT NULL REFERENCES project(folio),
                    recordedBy TEXT NOT NULL CHECK (length(recordedBy) BETWEEN 1 AND 200),
                    recordedAt TEXT NOT NULL CHECK (length(recordedAt) BETWEEN 1 AND 40),
                    PRIMARY KEY (userName, folio)
                ) STRICT;

                -- The seals' table again, with the new tables among the entities it may seal (as v15 did).
                CREATE TABLE catalogueSealWider (
                    number INTEGER PRIMARY KEY AUTOINCREMENT,
                    entity TEXT NOT NULL CHECK (entity IN ('party', 'federation', 'club', 'government', 'clubMember', 'scheme',
                        'project', 'projectClub', 'budgetLine', 'appUser', 'sponsorshipProposal', 'sponsorshipAcceptance', 'clubRenewal',
                        'userAmendment', 'catalogueAmendment', 'budgetReprogramming', 'budgetReprogrammingLine', 'userChange',
                        'siteVisit', 'evidence', 'complaint', 'complaintAnswer', 'accountableContact', 'committeeScope')),
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
        for table in [
            "siteVisit", "evidence", "complaint", "complaintAnswer", "accountableContact", "appUser", "committeeScope",
            "catalogueSeal",
        ] {
            try appendOnly(db, table)
        }
    }
}
