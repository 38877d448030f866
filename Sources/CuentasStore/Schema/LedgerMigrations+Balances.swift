import GRDB

/// v7: the balances of the ledger kept in tables of their own, updated in the transaction of every write and proven
/// equal to a full replay by `check` (`BalanceAudit`). Frozen like every migration: its own SQL, no application code.
/// Balances are sums of the movements in force (not reversed); a reversal is never reversed, so "in force" is "no
/// movement reverses it". A balance is never below zero except a project's and a fund's money on hand, which the
/// ledger rules keep from going below zero; their sums can only be out of range in a file changed outside the program.
extension LedgerMigrations {
    static let largest = "100000000000000"

    private static func amount(_ column: String, signed: Bool = false) -> String {
        "\(column) INTEGER NOT NULL DEFAULT 0 CHECK (\(column) BETWEEN \(signed ? "-" + largest : "0") AND \(largest))"
    }

    static func createBalances(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE projectBalance (
                    folio TEXT PRIMARY KEY REFERENCES project(folio),
                    status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'rejected',
                        'in-execution', 'completed', 'closed', 'cancelled')),
                    \(amount("onHandMinorUnits", signed: true)),
                    \(amount("schemePledgedMinorUnits")),
                    physicalPercent INTEGER CHECK (physicalPercent IS NULL OR physicalPercent BETWEEN 0 AND 100),
                    progressMovementId INTEGER REFERENCES movement(id),
                    progressOn TEXT CHECK (progressOn IS NULL OR progressOn IS date(progressOn, '+0 days')),
                    CHECK ((physicalPercent IS NULL) = (progressMovementId IS NULL) AND (progressOn IS NULL) = (progressMovementId IS NULL))
                ) STRICT, WITHOUT ROWID;
                CREATE TABLE projectPartyBalance (
                    folio TEXT NOT NULL REFERENCES project(folio),
                    partyId TEXT NOT NULL REFERENCES party(id),
                    \(amount("committedMinorUnits")),
                    \(amount("receivedMinorUnits")),
                    \(amount("refundedMinorUnits")),
                    PRIMARY KEY (folio, partyId)
                ) STRICT, WITHOUT ROWID;
                CREATE TABLE budgetLineBalance (
                    folio TEXT NOT NULL,
                    number INTEGER NOT NULL,
                    \(amount("paidMinorUnits")),
                    PRIMARY KEY (folio, number),
                    FOREIGN KEY (folio, number) REFERENCES budgetLine(folio, number)
                ) STRICT, WITHOUT ROWID;
                CREATE TABLE clubFundBalance (
                    clubId TEXT PRIMARY KEY REFERENCES club(partyId),
                    \(amount("memberDonationsMinorUnits")),
                    \(amount("eventIncomeMinorUnits")),
                    \(amount("sentMinorUnits")),
                    \(amount("feesMinorUnits"))
                ) STRICT, WITHOUT ROWID;
                CREATE TEMP VIEW liveMovement AS
                    SELECT * FROM movement m WHERE NOT EXISTS (SELECT 1 FROM movement r WHERE r.reversesId = m.id);
                INSERT INTO projectPartyBalance (folio, partyId, committedMinorUnits, receivedMinorUnits, refundedMinorUnits)
                    SELECT folio, partyId,
                        sum(CASE WHEN kind = 'pledge' THEN amountMinorUnits ELSE 0 END),
                        sum(CASE WHEN kind IN ('deposit', 'transfer') THEN amountMinorUnits ELSE 0 END),
                        sum(CASE WHEN kind = 'refund' THEN amountMinorUnits ELSE 0 END)
                    FROM liveMovement WHERE kind IN ('pledge', 'deposit', 'transfer', 'refund') GROUP BY folio, partyId;
                INSERT INTO budgetLineBalance (folio, number, paidMinorUnits)
                    SELECT folio, budgetLine, sum(amountMinorUnits) FROM liveMovement WHERE kind = 'payment'
                    GROUP BY folio, budgetLine;
                INSERT INTO projectBalance (folio, status, onHandMinorUnits, schemePledgedMinorUnits, physicalPercent, progressMovementId,
                    progressOn)
                    SELECT p.folio,
                        coalesce((SELECT status FROM movement s WHERE s.folio = p.folio AND s.kind = 'status' ORDER BY s.id DESC LIMIT 1), 'proposed'),
                        coalesce((SELECT sum(receivedMinorUnits - refundedMinorUnits) FROM projectPartyBalance b WHERE b.folio = p.folio), 0)
                            - coalesce((SELECT sum(paidMinorUnits) FROM budgetLineBalance l WHERE l.folio = p.folio), 0),
                        coalesce((SELECT sum(amountMinorUnits) FROM movement g WHERE g.folio = p.folio AND g.kind = 'pledge' AND g.schemeId IS NOT NULL), 0),
                        (SELECT physicalPercent FROM liveMovement v WHERE v.folio = p.folio AND v.kind = 'progress' ORDER BY v.occurredOn DESC, v.id DESC LIMIT 1),
                        (SELECT id FROM liveMovement v WHERE v.folio = p.folio AND v.kind = 'progress' ORDER BY v.occurredOn DESC, v.id DESC LIMIT 1),
                        (SELECT occurredOn FROM liveMovement v WHERE v.folio = p.folio AND v.kind = 'progress' ORDER BY v.occurredOn DESC, v.id DESC LIMIT 1)
                    FROM project p;
                INSERT INTO clubFundBalance (clubId, memberDonationsMinorUnits, eventIncomeMinorUnits, sentMinorUnits, feesMinorUnits)
                    SELECT c.partyId,
                        coalesce((SELECT sum(amountMinorUnits) FROM liveMovement d WHERE d.partyId = c.partyId AND d.kind = 'donation' AND d.eventName IS NULL), 0),
                        coalesce((SELECT sum(amountMinorUnits) FROM liveMovement d WHERE d.partyId = c.partyId AND d.kind = 'donation' AND d.eventName IS NOT NULL), 0),
                        coalesce((SELECT sum(sentMinorUnits) FROM liveMovement t WHERE t.partyId = c.partyId AND t.kind = 'transfer'), 0),
                        coalesce((SELECT sum(feeMinorUnits) FROM liveMovement t WHERE t.partyId = c.partyId AND t.kind = 'transfer'), 0)
                    FROM club c;
                DROP VIEW liveMovement;
                """)
    }
}
