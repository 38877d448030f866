import GRDB

/// v16: money sent is confirmed on arrival by the other side. Three kinds of movement join the ledger: `sending` (a
/// club's fund debited, the money in transit), `arrival` (the executing agency confirms it: the club's deposit) and
/// `returned` (the bank returned it to the fund), with the provider that carried the money and the sending an arrival
/// or return settles (`settlesId`). A club fund's money in transit is a stored balance like the others.
///
/// SQLite cannot widen a CHECK in place, so the movement table is rebuilt: a new table with the wider checks, every row
/// copied as it was (numbers, hashes and all), the old one dropped and the new one renamed; its indexes and triggers
/// are made again as the earlier migrations left them. Written out, never generated from the running code.
extension LedgerMigrations {
    static func createTransfersInTransit(_ db: Database) throws {
        let kinds =
            "'pledge', 'deposit', 'donation', 'transfer', 'payment', 'refund', 'progress', 'status', 'reversal', 'sending', 'arrival', 'returned'"
        let columns = """
            id, kind, occurredOn, recordedAt, recordedBy, note, folio, partyId, amountMinorUnits, currency, sentMinorUnits,
            sentCurrency, feeMinorUnits, exchangeRateMillionths, rateSource, marketRateMillionths, reference, schemeId, capBound,
            memberId, eventName, budgetLine, payee, payeeTaxId, invoiceUuid, overrunReason, physicalPercent, status, sessionDate,
            minutesReference, handOverReference, reason, reversesId, previousHash, hash
            """
        try db.execute(
            sql: """
                CREATE TABLE movementInTransit (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL CHECK (kind IN (\(kinds))),
                    occurredOn TEXT NOT NULL CHECK (occurredOn IS date(occurredOn, '+0 days')),
                    recordedAt TEXT NOT NULL,
                    recordedBy TEXT NOT NULL CHECK (length(recordedBy) BETWEEN 1 AND 200),
                    note TEXT NOT NULL CHECK (length(note) <= 2000),
                    folio TEXT REFERENCES project(folio),
                    partyId TEXT REFERENCES party(id),
                    amountMinorUnits INTEGER CHECK (amountMinorUnits IS NULL OR amountMinorUnits > 0),
                    currency TEXT CHECK (currency IS NULL OR (length(currency) = 3 AND currency = upper(currency) AND currency GLOB '[A-Z][A-Z][A-Z]')),
                    sentMinorUnits INTEGER CHECK (sentMinorUnits IS NULL OR sentMinorUnits > 0),
                    sentCurrency TEXT CHECK (sentCurrency IS NULL OR (length(sentCurrency) = 3 AND sentCurrency = upper(sentCurrency)
                        AND sentCurrency GLOB '[A-Z][A-Z][A-Z]')),
                    feeMinorUnits INTEGER CHECK (feeMinorUnits IS NULL OR feeMinorUnits >= 0),
                    exchangeRateMillionths INTEGER CHECK (exchangeRateMillionths IS NULL OR exchangeRateMillionths > 0),
                    rateSource TEXT CHECK (rateSource IS NULL OR length(rateSource) BETWEEN 1 AND 200),
                    marketRateMillionths INTEGER CHECK (marketRateMillionths IS NULL OR marketRateMillionths > 0),
                    reference TEXT CHECK (reference IS NULL OR length(reference) BETWEEN 1 AND 100),
                    schemeId TEXT REFERENCES scheme(id),
                    capBound INTEGER CHECK (capBound IS NULL OR capBound IN (0, 1)),
                    memberId INTEGER REFERENCES clubMember(id),
                    eventName TEXT CHECK (eventName IS NULL OR length(eventName) BETWEEN 1 AND 200),
                    budgetLine INTEGER,
                    payee TEXT CHECK (payee IS NULL OR length(payee) BETWEEN 1 AND 200),
                    payeeTaxId TEXT CHECK (payeeTaxId IS NULL OR length(payeeTaxId) BETWEEN 1 AND 13),
                    invoiceUuid TEXT CHECK (invoiceUuid IS NULL OR length(invoiceUuid) = 36),
                    overrunReason TEXT CHECK (overrunReason IS NULL OR length(overrunReason) BETWEEN 1 AND 2000),
                    physicalPercent INTEGER CHECK (physicalPercent IS NULL OR physicalPercent BETWEEN 0 AND 100),
                    status TEXT CHECK (status IS NULL OR status IN ('proposed', 'approved', 'rejected', 'in-execution',
                        'completed', 'closed', 'cancelled')),
                    sessionDate TEXT CHECK (sessionDate IS NULL OR sessionDate IS date(sessionDate, '+0 days')),
                    minutesReference TEXT CHECK (minutesReference IS NULL OR length(minutesReference) BETWEEN 1 AND 100),
                    handOverReference TEXT CHECK (handOverReference IS NULL OR length(handOverReference) BETWEEN 1 AND 100),
                    reason TEXT CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 2000),
                    reversesId INTEGER UNIQUE REFERENCES movement(id),
                    previousHash TEXT CHECK (previousHash IS NULL OR length(previousHash) = 64),
                    hash TEXT CHECK (hash IS NULL OR length(hash) = 64),
                    provider TEXT CHECK (provider IS NULL OR length(provider) BETWEEN 1 AND 200),
                    settlesId INTEGER REFERENCES movement(id),
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
                    CHECK (reversesId IS NULL OR reversesId < id),
                    CHECK (kind <> 'sending' OR (folio IS NOT NULL AND partyId IS NOT NULL AND amountMinorUnits IS NULL
                        AND sentMinorUnits IS NOT NULL AND sentCurrency IS NOT NULL AND feeMinorUnits IS NOT NULL
                        AND exchangeRateMillionths IS NOT NULL AND rateSource IS NOT NULL AND provider IS NOT NULL
                        AND reference IS NOT NULL)),
                    CHECK (kind <> 'arrival' OR (folio IS NOT NULL AND partyId IS NOT NULL AND amountMinorUnits IS NOT NULL
                        AND currency IS NOT NULL AND sentMinorUnits IS NOT NULL AND sentCurrency IS NOT NULL
                        AND reference IS NOT NULL AND settlesId IS NOT NULL)),
                    CHECK (kind <> 'returned' OR (folio IS NOT NULL AND partyId IS NOT NULL AND sentMinorUnits IS NOT NULL
                        AND sentCurrency IS NOT NULL AND reason IS NOT NULL AND settlesId IS NOT NULL)),
                    CHECK ((settlesId IS NULL) = (kind NOT IN ('arrival', 'returned')) AND (settlesId IS NULL OR settlesId < id)),
                    CHECK (provider IS NULL OR kind = 'sending')
                ) STRICT;
                INSERT INTO movementInTransit (\(columns)) SELECT \(columns) FROM movement ORDER BY id;
                DROP TABLE movement;
                ALTER TABLE movementInTransit RENAME TO movement;
                CREATE INDEX movementByFolio ON movement(folio);
                CREATE INDEX movementByReference ON movement(reference);
                CREATE INDEX movementByReferenceKey ON movement(upper(replace(reference, ' ', ''))) WHERE reference IS NOT NULL;
                CREATE INDEX movementByInvoice ON movement('CFDI:' || invoiceUuid) WHERE invoiceUuid IS NOT NULL;
                CREATE INDEX movementByPartyAndKind ON movement(partyId, kind);
                CREATE INDEX movementByReversed ON movement(reversesId) WHERE reversesId IS NOT NULL;
                CREATE INDEX movementBySettled ON movement(settlesId) WHERE settlesId IS NOT NULL;
                CREATE TRIGGER movementNoUpdate BEFORE UPDATE ON movement
                BEGIN SELECT RAISE(ABORT, 'movement is append-only: recorded data is never edited; record a correction'); END;
                CREATE TRIGGER movementNoDelete BEFORE DELETE ON movement
                BEGIN SELECT RAISE(ABORT, 'movement is append-only: recorded data is never deleted; record a reversal'); END;
                CREATE TRIGGER movementNeedsHash BEFORE INSERT ON movement WHEN NEW.hash IS NULL OR NEW.previousHash IS NULL
                BEGIN SELECT RAISE(ABORT, 'every movement carries its hash and the hash of the one before'); END;
                ALTER TABLE clubFundBalance ADD COLUMN inTransitMinorUnits INTEGER NOT NULL DEFAULT 0
                    CHECK (inTransitMinorUnits BETWEEN 0 AND \(largest));
                """)
    }
}
