/// The PostgreSQL schema, only ever changed by adding a named migration at the end (as `LedgerMigrations` for SQLite).
/// Each migration runs in its own transaction under an advisory lock, so two app servers starting together on one
/// database apply it once; the names applied are kept in `schemaMigration`.
enum PostgresMigrations {
    struct Migration: Sendable {
        let name: String
        let statements: [String]
    }

    static let all: [Migration] = [
        Migration(name: "v1-ledger", statements: ledger),
        Migration(name: "v2-chain-links", statements: chainLinks),
        Migration(name: "v3-deferrable-references", statements: deferrableReferences),
    ]

    /// The tables whose rows are never changed or removed: every table but the stored balances. A later migration that
    /// adds a table adds it here and creates its trigger (`appendOnlyTrigger`); v1's own list stays as it was.
    static let appendOnlyTables = v1AppendOnlyTables

    /// The tables `v1-ledger` makes append-only: those the SQLite store's triggers keep append-only after its v18
    /// (checked by a test against a ledger the SQLite store made).
    static let v1AppendOnlyTables = [
        "party", "federation", "club", "government", "clubMember", "scheme", "project", "projectClub", "budgetLine",
        "publication", "publicationFile", "submission", "observation", "importedFile", "sponsorshipProposal",
        "sponsorshipAcceptance", "recording", "clubRenewal", "userAmendment", "catalogueAmendment", "budgetReprogramming",
        "budgetReprogrammingLine", "userChange", "movement", "siteVisit", "evidence", "complaint", "complaintAnswer",
        "accountableContact", "appUser", "committeeScope", "catalogueSeal",
    ]

    /// The stored balances, updated in the transaction of each write that changes them.
    static let balanceTables = ["projectBalance", "projectPartyBalance", "budgetLineBalance", "clubFundBalance"]

    static let bookkeeping = """
        CREATE TABLE IF NOT EXISTS schemaMigration (
            position BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
            appliedAt TIMESTAMPTZ NOT NULL DEFAULT now()
        )
        """

    /// One number for every writer of one database: the advisory lock that makes migrations, and the hash chain's
    /// writers, take turns ("cuentas" in ASCII).
    static let writerLock: Int64 = 0x6375_656e_7461_73
}
