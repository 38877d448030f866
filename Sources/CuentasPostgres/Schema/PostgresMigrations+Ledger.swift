/// The ledger's schema on PostgreSQL as one named migration: the same tables, columns, constraints, indexes and
/// append-only rule as the SQLite store after its migrations up to v18-evidence-oversight (`LedgerMigrations`), so both
/// refuse the same rows. Written from the SQLite schema once and checked against it by a test
/// (`PostgresSchemaTests.theTablesAndColumnsAreTheSQLiteStores`); a later SQLite migration gets its PostgreSQL twin
/// as a new named migration here, never an edit of this one.
///
/// What differs, and why:
/// - Days are ISO text, as in SQLite, checked by `is_calendar_day` (a real day, not 2025-02-30) where SQLite compares
///   with `date(x, '+0 days')`; a scheme's definition is checked by `is_json` where SQLite calls `json_valid`.
/// - GLOB patterns are regular expressions (`~`); `IS 'x'` is `IS NOT DISTINCT FROM 'x'`; NOCASE indexes are on
///   `lower(...)`; INTEGER is BIGINT (SQLite's integers are 64-bit).
/// - Append-only tables refuse UPDATE, DELETE and TRUNCATE with one statement-level trigger each, which fires even
///   when no row matches, so a stray `DELETE FROM movement WHERE false` is refused as well. The four balance tables
///   are the only ones a write changes in place.
/// - Names are unquoted: PostgreSQL folds them to lower case (`movement.occurredon`), the same for every query.
extension PostgresMigrations {
    static let ledger: [String] = ledgerTablesAndIndexes + v1AppendOnlyTables.map(appendOnlyTrigger)

    /// The trigger that keeps `table` append-only (`refuse_change`).
    static func appendOnlyTrigger(_ table: String) -> String {
        "CREATE TRIGGER \(table)AppendOnly BEFORE UPDATE OR DELETE OR TRUNCATE ON \(table) FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()"
    }

    private static let ledgerTablesAndIndexes: [String] = [
        """
        CREATE FUNCTION is_calendar_day(day TEXT) RETURNS BOOLEAN LANGUAGE plpgsql IMMUTABLE STRICT AS $$
        BEGIN
            RETURN day ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' AND to_char(day::date, 'YYYY-MM-DD') = day;
        EXCEPTION WHEN others THEN
            RETURN false;
        END $$
        """,
        """
        CREATE FUNCTION is_json(document TEXT) RETURNS BOOLEAN LANGUAGE plpgsql IMMUTABLE STRICT AS $$
        BEGIN
            PERFORM document::jsonb;
            RETURN true;
        EXCEPTION WHEN others THEN
            RETURN false;
        END $$
        """,
        """
        CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                RAISE EXCEPTION '% is append-only: recorded data is never edited; record a correction', TG_TABLE_NAME;
            END IF;
            RAISE EXCEPTION '% is append-only: recorded data is never deleted; record a reversal', TG_TABLE_NAME;
        END $$
        """,
        """
        CREATE FUNCTION movement_needs_hash() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.hash IS NULL OR NEW.previousHash IS NULL THEN
                RAISE EXCEPTION 'every movement carries its hash and the hash of the one before';
            END IF;
            RETURN NEW;
        END $$
        """,
        """
        CREATE TABLE party (
            id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 40),
            kind TEXT NOT NULL CHECK (kind IN ('federation', 'club', 'government')),
            name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200)
        )
        """,
        """
        CREATE TABLE federation (
            partyId TEXT PRIMARY KEY REFERENCES party(id),
            stateOfOrigin TEXT NOT NULL CHECK (length(stateOfOrigin) BETWEEN 1 AND 200),
            regionAbroad TEXT NOT NULL CHECK (length(regionAbroad) BETWEEN 1 AND 200)
        )
        """,
        """
        CREATE TABLE club (
            partyId TEXT PRIMARY KEY REFERENCES party(id),
            federationId TEXT REFERENCES federation(partyId),
            cityAbroad TEXT NOT NULL CHECK (length(cityAbroad) BETWEEN 1 AND 200),
            stateAbroad TEXT NOT NULL CHECK (length(stateAbroad) BETWEEN 1 AND 200),
            countryAbroad TEXT NOT NULL CHECK (length(countryAbroad) BETWEEN 1 AND 200),
            tomaDeNotaNumber TEXT CHECK (tomaDeNotaNumber IS NULL OR length(tomaDeNotaNumber) BETWEEN 1 AND 100),
            tomaDeNotaExpiresOn TEXT CHECK (tomaDeNotaExpiresOn IS NULL OR is_calendar_day(tomaDeNotaExpiresOn)),
            fundCurrency TEXT NOT NULL CHECK (fundCurrency IS NULL OR (length(fundCurrency) = 3 AND fundCurrency = upper(fundCurrency) AND fundCurrency ~ '^[A-Z]{3}$')),
            CHECK ((tomaDeNotaNumber IS NULL) = (tomaDeNotaExpiresOn IS NULL))
        )
        """,
        """
        CREATE TABLE government (
            partyId TEXT PRIMARY KEY REFERENCES party(id),
            level TEXT NOT NULL CHECK (level IN ('federal', 'state', 'municipal')),
            parentId TEXT REFERENCES government(partyId),
            countryCode TEXT NOT NULL CHECK (length(countryCode) = 2 AND countryCode = upper(countryCode)),
            CHECK ((level = 'federal') = (parentId IS NULL))
        )
        """,
        """
        CREATE TABLE clubMember (
            id BIGINT PRIMARY KEY,
            clubId TEXT NOT NULL REFERENCES club(partyId),
            displayName TEXT CHECK (displayName IS NULL OR length(displayName) BETWEEN 1 AND 200)
        )
        """,
        """
        CREATE TABLE scheme (
            id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 40),
            definitionJSON TEXT NOT NULL CHECK (is_json(definitionJSON))
        )
        """,
        """
        CREATE TABLE project (
            folio TEXT PRIMARY KEY CHECK (length(folio) BETWEEN 1 AND 40),
            titleSpanish TEXT NOT NULL CHECK (length(titleSpanish) BETWEEN 1 AND 300),
            titleEnglish TEXT NOT NULL CHECK (length(titleEnglish) BETWEEN 1 AND 300),
            descriptionSpanish TEXT NOT NULL CHECK (length(descriptionSpanish) <= 5000),
            descriptionEnglish TEXT NOT NULL CHECK (length(descriptionEnglish) <= 5000),
            kind TEXT NOT NULL CHECK (kind IN ('infrastructure', 'agriculture', 'commercialization', 'scholarship',
                'community-services', 'education')),
            municipalityId TEXT NOT NULL REFERENCES government(partyId),
            locality TEXT NOT NULL CHECK (length(locality) BETWEEN 1 AND 200),
            executingAgencyId TEXT NOT NULL REFERENCES party(id),
            approvedCostMinorUnits BIGINT NOT NULL CHECK (approvedCostMinorUnits > 0),
            currency TEXT NOT NULL CHECK (currency IS NULL OR (length(currency) = 3 AND currency = upper(currency) AND currency ~ '^[A-Z]{3}$')),
            proposedOn TEXT NOT NULL CHECK (proposedOn IS NULL OR is_calendar_day(proposedOn))
        )
        """,
        """
        CREATE TABLE projectClub (
            folio TEXT NOT NULL REFERENCES project(folio),
            clubId TEXT NOT NULL REFERENCES club(partyId),
            position BIGINT NOT NULL CHECK (position >= 1),
            PRIMARY KEY (folio, clubId),
            UNIQUE (folio, position)
        )
        """,
        """
        CREATE TABLE budgetLine (
            folio TEXT NOT NULL REFERENCES project(folio),
            number BIGINT NOT NULL CHECK (number >= 1),
            concept TEXT NOT NULL CHECK (length(concept) BETWEEN 1 AND 300),
            amountMinorUnits BIGINT NOT NULL CHECK (amountMinorUnits > 0),
            PRIMARY KEY (folio, number)
        )
        """,
        """
        CREATE TABLE publication (
            number BIGINT PRIMARY KEY CHECK (number >= 1),
            publishedOn TEXT NOT NULL CHECK (publishedOn IS NULL OR is_calendar_day(publishedOn)),
            asOf TEXT NOT NULL CHECK (asOf IS NULL OR is_calendar_day(asOf)),
            signerName TEXT NOT NULL CHECK (length(signerName) BETWEEN 1 AND 200),
            publicKey TEXT NOT NULL CHECK (length(publicKey) = 44),
            ledgerMovements BIGINT NOT NULL CHECK (ledgerMovements >= 0),
            ledgerHeadHash TEXT NOT NULL CHECK (length(ledgerHeadHash) = 64),
            manifestSHA256 TEXT NOT NULL CHECK (length(manifestSHA256) = 64),
            signature TEXT NOT NULL
        )
        """,
        """
        CREATE TABLE publicationFile (
            publication BIGINT NOT NULL REFERENCES publication(number),
            path TEXT NOT NULL CHECK (length(path) BETWEEN 1 AND 300),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            PRIMARY KEY (publication, path)
        )
        """,
        """
        CREATE TABLE projectPartyBalance (
            folio TEXT NOT NULL REFERENCES project(folio),
            partyId TEXT NOT NULL REFERENCES party(id),
            committedMinorUnits BIGINT NOT NULL DEFAULT 0 CHECK (committedMinorUnits BETWEEN 0 AND 100000000000000),
            receivedMinorUnits BIGINT NOT NULL DEFAULT 0 CHECK (receivedMinorUnits BETWEEN 0 AND 100000000000000),
            refundedMinorUnits BIGINT NOT NULL DEFAULT 0 CHECK (refundedMinorUnits BETWEEN 0 AND 100000000000000),
            PRIMARY KEY (folio, partyId)
        )
        """,
        """
        CREATE TABLE budgetLineBalance (
            folio TEXT NOT NULL,
            number BIGINT NOT NULL,
            paidMinorUnits BIGINT NOT NULL DEFAULT 0 CHECK (paidMinorUnits BETWEEN 0 AND 100000000000000),
            PRIMARY KEY (folio, number),
            FOREIGN KEY (folio, number) REFERENCES budgetLine(folio, number)
        )
        """,
        """
        CREATE TABLE clubFundBalance (
            clubId TEXT PRIMARY KEY REFERENCES club(partyId),
            memberDonationsMinorUnits BIGINT NOT NULL DEFAULT 0 CHECK (memberDonationsMinorUnits BETWEEN 0 AND 100000000000000),
            eventIncomeMinorUnits BIGINT NOT NULL DEFAULT 0 CHECK (eventIncomeMinorUnits BETWEEN 0 AND 100000000000000),
            sentMinorUnits BIGINT NOT NULL DEFAULT 0 CHECK (sentMinorUnits BETWEEN 0 AND 100000000000000),
            feesMinorUnits BIGINT NOT NULL DEFAULT 0 CHECK (feesMinorUnits BETWEEN 0 AND 100000000000000)
        , inTransitMinorUnits BIGINT NOT NULL DEFAULT 0
            CHECK (inTransitMinorUnits BETWEEN 0 AND 100000000000000))
        """,
        """
        CREATE TABLE sponsorshipProposal (
            folio TEXT NOT NULL REFERENCES project(folio),
            clubId TEXT NOT NULL REFERENCES club(partyId),
            proposedBy TEXT NOT NULL CHECK (length(proposedBy) BETWEEN 1 AND 200),
            PRIMARY KEY (folio, clubId),
            FOREIGN KEY (folio, clubId) REFERENCES projectClub(folio, clubId)
        )
        """,
        """
        CREATE TABLE sponsorshipAcceptance (
            folio TEXT NOT NULL,
            clubId TEXT NOT NULL,
            acceptedBy TEXT NOT NULL CHECK (length(acceptedBy) BETWEEN 1 AND 200),
            acceptedAfterMovement BIGINT NOT NULL CHECK (acceptedAfterMovement >= 0),
            PRIMARY KEY (folio, clubId),
            FOREIGN KEY (folio, clubId) REFERENCES sponsorshipProposal(folio, clubId)
        )
        """,
        """
        CREATE TABLE recording (
            firstMovement BIGINT PRIMARY KEY CHECK (firstMovement >= 1),
            lastMovement BIGINT NOT NULL CHECK (lastMovement >= firstMovement),
            recordedAt TEXT NOT NULL CHECK (length(recordedAt) BETWEEN 1 AND 40),
            previousHash TEXT NOT NULL CHECK (length(previousHash) = 64),
            hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
        )
        """,
        """
        CREATE TABLE clubRenewal (
            id BIGINT PRIMARY KEY,
            clubId TEXT NOT NULL REFERENCES club(partyId),
            tomaDeNotaNumber TEXT NOT NULL CHECK (length(tomaDeNotaNumber) BETWEEN 1 AND 100),
            effectiveOn TEXT NOT NULL CHECK (is_calendar_day(effectiveOn)),
            expiresOn TEXT NOT NULL CHECK (is_calendar_day(expiresOn) AND expiresOn >= effectiveOn),
            reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
            recordedBy TEXT NOT NULL CHECK (length(recordedBy) BETWEEN 1 AND 200),
            recordedAt TEXT NOT NULL CHECK (length(recordedAt) BETWEEN 1 AND 40)
        )
        """,
        """
        CREATE TABLE catalogueAmendment (
            id BIGINT PRIMARY KEY,
            entity TEXT NOT NULL CHECK (entity IN ('club', 'federation', 'government', 'project')),
            entityKey TEXT NOT NULL CHECK (length(entityKey) BETWEEN 1 AND 40),
            field TEXT NOT NULL CHECK (entity || '.' || field IN (
                'club.name', 'club.federation', 'club.cityAbroad', 'club.stateAbroad', 'club.countryAbroad',
                'federation.name', 'government.name', 'government.administration',
                'project.titleSpanish', 'project.titleEnglish', 'project.descriptionSpanish', 'project.descriptionEnglish',
                'project.locality', 'project.executingAgency', 'project.plannedEnd')),
            value TEXT NOT NULL CHECK (length(value) <= 4000),
            effectiveOn TEXT NOT NULL CHECK (is_calendar_day(effectiveOn)),
            reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
            minutes TEXT CHECK (minutes IS NULL OR length(minutes) BETWEEN 1 AND 100),
            recordedBy TEXT NOT NULL CHECK (length(recordedBy) BETWEEN 1 AND 200),
            recordedAt TEXT NOT NULL CHECK (length(recordedAt) BETWEEN 1 AND 40),
            CHECK (field <> 'name' OR length(value) >= 1),
            CHECK (field NOT LIKE 'title%' OR length(value) >= 1),
            CHECK (field <> 'plannedEnd' OR is_calendar_day(value))
        )
        """,
        """
        CREATE TABLE budgetReprogramming (
            id BIGINT PRIMARY KEY,
            folio TEXT NOT NULL REFERENCES project(folio),
            effectiveOn TEXT NOT NULL CHECK (is_calendar_day(effectiveOn)),
            minutes TEXT NOT NULL CHECK (length(minutes) BETWEEN 1 AND 100),
            reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
            recordedBy TEXT NOT NULL CHECK (length(recordedBy) BETWEEN 1 AND 200),
            recordedAt TEXT NOT NULL CHECK (length(recordedAt) BETWEEN 1 AND 40),
            -- A new approved cost; NULL when the total stays.
            approvedCostMinorUnits BIGINT CHECK (approvedCostMinorUnits IS NULL OR approvedCostMinorUnits > 0)
        )
        """,
        """
        CREATE TABLE budgetReprogrammingLine (
            reprogrammingId BIGINT NOT NULL REFERENCES budgetReprogramming(id),
            folio TEXT NOT NULL,
            number BIGINT NOT NULL,
            amountMinorUnits BIGINT NOT NULL CHECK (amountMinorUnits >= 0),
            PRIMARY KEY (reprogrammingId, number),
            FOREIGN KEY (folio, number) REFERENCES budgetLine(folio, number)
        )
        """,
        """
        CREATE TABLE movement (
            id BIGINT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('pledge', 'deposit', 'donation', 'transfer', 'payment', 'refund', 'progress', 'status', 'reversal', 'sending', 'arrival', 'returned')),
            occurredOn TEXT NOT NULL CHECK (is_calendar_day(occurredOn)),
            recordedAt TEXT NOT NULL,
            recordedBy TEXT NOT NULL CHECK (length(recordedBy) BETWEEN 1 AND 200),
            note TEXT NOT NULL CHECK (length(note) <= 2000),
            folio TEXT REFERENCES project(folio),
            partyId TEXT REFERENCES party(id),
            amountMinorUnits BIGINT CHECK (amountMinorUnits IS NULL OR amountMinorUnits > 0),
            currency TEXT CHECK (currency IS NULL OR (length(currency) = 3 AND currency = upper(currency) AND currency ~ '^[A-Z]{3}$')),
            sentMinorUnits BIGINT CHECK (sentMinorUnits IS NULL OR sentMinorUnits > 0),
            sentCurrency TEXT CHECK (sentCurrency IS NULL OR (length(sentCurrency) = 3 AND sentCurrency = upper(sentCurrency)
                AND sentCurrency ~ '^[A-Z]{3}$')),
            feeMinorUnits BIGINT CHECK (feeMinorUnits IS NULL OR feeMinorUnits >= 0),
            exchangeRateMillionths BIGINT CHECK (exchangeRateMillionths IS NULL OR exchangeRateMillionths > 0),
            rateSource TEXT CHECK (rateSource IS NULL OR length(rateSource) BETWEEN 1 AND 200),
            marketRateMillionths BIGINT CHECK (marketRateMillionths IS NULL OR marketRateMillionths > 0),
            reference TEXT CHECK (reference IS NULL OR length(reference) BETWEEN 1 AND 100),
            schemeId TEXT REFERENCES scheme(id),
            capBound BIGINT CHECK (capBound IS NULL OR capBound IN (0, 1)),
            memberId BIGINT REFERENCES clubMember(id),
            eventName TEXT CHECK (eventName IS NULL OR length(eventName) BETWEEN 1 AND 200),
            budgetLine BIGINT,
            payee TEXT CHECK (payee IS NULL OR length(payee) BETWEEN 1 AND 200),
            payeeTaxId TEXT CHECK (payeeTaxId IS NULL OR length(payeeTaxId) BETWEEN 1 AND 13),
            invoiceUuid TEXT CHECK (invoiceUuid IS NULL OR length(invoiceUuid) = 36),
            overrunReason TEXT CHECK (overrunReason IS NULL OR length(overrunReason) BETWEEN 1 AND 2000),
            physicalPercent BIGINT CHECK (physicalPercent IS NULL OR physicalPercent BETWEEN 0 AND 100),
            status TEXT CHECK (status IS NULL OR status IN ('proposed', 'approved', 'rejected', 'in-execution',
                'completed', 'closed', 'cancelled')),
            sessionDate TEXT CHECK (sessionDate IS NULL OR is_calendar_day(sessionDate)),
            minutesReference TEXT CHECK (minutesReference IS NULL OR length(minutesReference) BETWEEN 1 AND 100),
            handOverReference TEXT CHECK (handOverReference IS NULL OR length(handOverReference) BETWEEN 1 AND 100),
            reason TEXT CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 2000),
            reversesId BIGINT UNIQUE REFERENCES movement(id),
            previousHash TEXT CHECK (previousHash IS NULL OR length(previousHash) = 64),
            hash TEXT CHECK (hash IS NULL OR length(hash) = 64),
            provider TEXT CHECK (provider IS NULL OR length(provider) BETWEEN 1 AND 200),
            settlesId BIGINT REFERENCES movement(id), receipt TEXT CHECK (receipt IS NULL OR (kind = 'donation' AND length(receipt) = 10
            AND substr(receipt, 1, 9) ~ '^[0-9A-HJKMNP-TV-Z]*$' AND substr(receipt, 10, 1) ~ '^[0-9A-HJKMNP-Z*~$=]$')),
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
        )
        """,
        """
        CREATE TABLE projectBalance (
            folio TEXT PRIMARY KEY REFERENCES project(folio),
            status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'approved', 'rejected',
                'in-execution', 'completed', 'closed', 'cancelled')),
            onHandMinorUnits BIGINT NOT NULL DEFAULT 0 CHECK (onHandMinorUnits BETWEEN -100000000000000 AND 100000000000000),
            schemePledgedMinorUnits BIGINT NOT NULL DEFAULT 0 CHECK (schemePledgedMinorUnits BETWEEN 0 AND 100000000000000),
            physicalPercent BIGINT CHECK (physicalPercent IS NULL OR physicalPercent BETWEEN 0 AND 100),
            progressMovementId BIGINT REFERENCES movement(id),
            progressOn TEXT CHECK (progressOn IS NULL OR is_calendar_day(progressOn)),
            CHECK ((physicalPercent IS NULL) = (progressMovementId IS NULL) AND (progressOn IS NULL) = (progressMovementId IS NULL))
        )
        """,
        """
        CREATE TABLE importedFile (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
            firstMovement BIGINT NOT NULL REFERENCES movement(id),
            lastMovement BIGINT NOT NULL REFERENCES movement(id),
            recordedBy TEXT NOT NULL CHECK (length(recordedBy) BETWEEN 1 AND 200),
            recordedAt TEXT NOT NULL,
            CHECK (firstMovement <= lastMovement)
        )
        """,
        """
        CREATE TABLE siteVisit (
            id BIGINT PRIMARY KEY,
            folio TEXT NOT NULL REFERENCES project(folio),
            visitedOn TEXT NOT NULL CHECK (is_calendar_day(visitedOn)),
            attendees TEXT NOT NULL CHECK (length(attendees) BETWEEN 1 AND 1000),
            physicalPercent BIGINT CHECK (physicalPercent IS NULL OR physicalPercent BETWEEN 0 AND 100),
            remarks TEXT NOT NULL CHECK (length(remarks) BETWEEN 1 AND 4000),
            recordedBy TEXT NOT NULL CHECK (length(recordedBy) BETWEEN 1 AND 200),
            recordedAt TEXT NOT NULL CHECK (length(recordedAt) BETWEEN 1 AND 40)
        )
        """,
        """
        CREATE TABLE evidence (
            id BIGINT PRIMARY KEY,
            folio TEXT NOT NULL REFERENCES project(folio),
            movementId BIGINT REFERENCES movement(id),
            visitId BIGINT REFERENCES siteVisit(id),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 ~ '^[0-9a-f]*$'),
            size BIGINT NOT NULL CHECK (size BETWEEN 1 AND 20971520),
            mediaType TEXT NOT NULL CHECK (mediaType IN ('image/jpeg', 'image/png', 'application/pdf', 'application/xml')),
            caption TEXT NOT NULL CHECK (length(caption) BETWEEN 1 AND 300),
            fileName TEXT NOT NULL CHECK (length(fileName) BETWEEN 1 AND 200),
            keptLocation BIGINT NOT NULL CHECK (keptLocation IN (0, 1)),
            invoiceCheck TEXT CHECK (invoiceCheck IS NULL OR (length(invoiceCheck) BETWEEN 1 AND 1000 AND mediaType = 'application/xml')),
            recordedBy TEXT NOT NULL CHECK (length(recordedBy) BETWEEN 1 AND 200),
            recordedAt TEXT NOT NULL CHECK (length(recordedAt) BETWEEN 1 AND 40),
            CHECK (movementId IS NULL OR visitId IS NULL)
        )
        """,
        """
        CREATE TABLE complaint (
            id BIGINT PRIMARY KEY,
            folio TEXT NOT NULL REFERENCES project(folio),
            kind TEXT NOT NULL CHECK (kind IN ('complaint', 'observation')),
            origin TEXT NOT NULL CHECK (origin IN ('committee', 'treasurer', 'auditor')),
            author TEXT NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
            writtenOn TEXT NOT NULL CHECK (is_calendar_day(writtenOn)),
            text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
            recordedAt TEXT NOT NULL CHECK (length(recordedAt) BETWEEN 1 AND 40)
        )
        """,
        """
        CREATE TABLE complaintAnswer (
            complaintId BIGINT PRIMARY KEY REFERENCES complaint(id),
            answeredOn TEXT NOT NULL CHECK (is_calendar_day(answeredOn)),
            text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
            answeredBy TEXT NOT NULL CHECK (length(answeredBy) BETWEEN 1 AND 200),
            recordedAt TEXT NOT NULL CHECK (length(recordedAt) BETWEEN 1 AND 40)
        )
        """,
        """
        CREATE TABLE accountableContact (
            id BIGINT PRIMARY KEY,
            folio TEXT REFERENCES project(folio),
            municipalityId TEXT REFERENCES government(partyId),
            role TEXT NOT NULL CHECK (role IN ('responsible', 'comptroller')),
            office TEXT NOT NULL CHECK (length(office) BETWEEN 1 AND 200),
            officer TEXT NOT NULL CHECK (length(officer) BETWEEN 1 AND 200),
            phone TEXT CHECK (phone IS NULL OR length(phone) BETWEEN 1 AND 40),
            email TEXT CHECK (email IS NULL OR (length(email) BETWEEN 3 AND 200 AND email ~ '^.+@.+$')),
            address TEXT CHECK (address IS NULL OR length(address) BETWEEN 1 AND 300),
            effectiveOn TEXT NOT NULL CHECK (is_calendar_day(effectiveOn)),
            recordedBy TEXT NOT NULL CHECK (length(recordedBy) BETWEEN 1 AND 200),
            recordedAt TEXT NOT NULL CHECK (length(recordedAt) BETWEEN 1 AND 40),
            CHECK ((folio IS NULL) <> (municipalityId IS NULL)),
            CHECK ((role = 'responsible') = (folio IS NOT NULL)),
            CHECK (phone IS NOT NULL OR email IS NOT NULL OR address IS NOT NULL)
        )
        """,
        """
        CREATE TABLE appUser (
            name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 60 AND name ~ '^[a-z0-9._-]*$'),
            role TEXT NOT NULL CHECK (role IN ('admin', 'treasurer', 'official', 'auditor', 'committee')),
            clubId TEXT REFERENCES club(partyId),
            municipalityId TEXT REFERENCES government(partyId),
            passwordHash TEXT NOT NULL CHECK (passwordHash ~ '^\\$2[aby]\\$' AND length(passwordHash) = 60),
            createdAt TEXT NOT NULL,
            createdBy TEXT NOT NULL CHECK (length(createdBy) BETWEEN 1 AND 200),
            CHECK ((role = 'treasurer') = (clubId IS NOT NULL)),
            CHECK ((role = 'official') = (municipalityId IS NOT NULL))
        )
        """,
        """
        CREATE TABLE submission (
            key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 16 AND 100),
            userName TEXT NOT NULL REFERENCES appUser(name),
            firstMovement BIGINT NOT NULL REFERENCES movement(id),
            lastMovement BIGINT NOT NULL REFERENCES movement(id),
            recordedAt TEXT NOT NULL,
            CHECK (firstMovement <= lastMovement)
        )
        """,
        """
        CREATE TABLE observation (
            id BIGINT PRIMARY KEY,
            folio TEXT NOT NULL REFERENCES project(folio),
            author TEXT NOT NULL REFERENCES appUser(name),
            writtenAt TEXT NOT NULL,
            text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 4000)
        )
        """,
        """
        CREATE TABLE userAmendment (
            id BIGINT PRIMARY KEY,
            userName TEXT NOT NULL REFERENCES appUser(name),
            kind TEXT NOT NULL CHECK (kind IN ('disabled', 'enabled')),
            reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
            recordedBy TEXT NOT NULL CHECK (length(recordedBy) BETWEEN 1 AND 200),
            recordedAt TEXT NOT NULL CHECK (length(recordedAt) BETWEEN 1 AND 40)
        )
        """,
        """
        CREATE TABLE userChange (
            id BIGINT PRIMARY KEY,
            userName TEXT NOT NULL REFERENCES appUser(name),
            kind TEXT NOT NULL CHECK (kind IN ('password', 'scope', 'setupLink')),
            passwordHash TEXT CHECK (passwordHash IS NULL OR (passwordHash ~ '^\\$2[aby]\\$' AND length(passwordHash) = 60)),
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
            CHECK ((role IS NOT DISTINCT FROM 'treasurer') = (clubId IS NOT NULL)),
            CHECK ((role IS NOT DISTINCT FROM 'official') = (municipalityId IS NOT NULL))
        )
        """,
        """
        CREATE TABLE committeeScope (
            userName TEXT NOT NULL REFERENCES appUser(name),
            folio TEXT NOT NULL REFERENCES project(folio),
            recordedBy TEXT NOT NULL CHECK (length(recordedBy) BETWEEN 1 AND 200),
            recordedAt TEXT NOT NULL CHECK (length(recordedAt) BETWEEN 1 AND 40),
            PRIMARY KEY (userName, folio)
        )
        """,
        """
        CREATE TABLE catalogueSeal (
            number BIGINT PRIMARY KEY,
            entity TEXT NOT NULL CHECK (entity IN ('party', 'federation', 'club', 'government', 'clubMember', 'scheme',
                'project', 'projectClub', 'budgetLine', 'appUser', 'sponsorshipProposal', 'sponsorshipAcceptance', 'clubRenewal',
                'userAmendment', 'catalogueAmendment', 'budgetReprogramming', 'budgetReprogrammingLine', 'userChange',
                'siteVisit', 'evidence', 'complaint', 'complaintAnswer', 'accountableContact', 'committeeScope')),
            key TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
            content TEXT NOT NULL CHECK (content LIKE 'cuentas-catalogue-1%'),
            previousHash TEXT NOT NULL CHECK (length(previousHash) = 64),
            hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
            UNIQUE (entity, key)
        )
        """,
        """
        CREATE INDEX observationByFolio ON observation(folio)
        """,
        """
        CREATE INDEX partyIdIgnoringCase ON party((lower(id)))
        """,
        """
        CREATE INDEX projectFolioIgnoringCase ON project((lower(folio)))
        """,
        """
        CREATE INDEX schemeIdIgnoringCase ON scheme((lower(id)))
        """,
        """
        CREATE INDEX projectByMunicipality ON project(municipalityId)
        """,
        """
        CREATE INDEX projectClubByClub ON projectClub(clubId)
        """,
        """
        CREATE INDEX clubRenewalByClub ON clubRenewal(clubId)
        """,
        """
        CREATE INDEX userAmendmentByUser ON userAmendment(userName)
        """,
        """
        CREATE INDEX catalogueAmendmentByEntity ON catalogueAmendment(entity, entityKey)
        """,
        """
        CREATE INDEX budgetReprogrammingByFolio ON budgetReprogramming(folio)
        """,
        """
        CREATE INDEX userChangeByUser ON userChange(userName)
        """,
        """
        CREATE UNIQUE INDEX userChangeSetupUsedOnce ON userChange(setupTokenHash) WHERE kind = 'password'
        """,
        """
        CREATE UNIQUE INDEX userChangeSetupIssuedOnce ON userChange(setupTokenHash) WHERE kind = 'setupLink'
        """,
        """
        CREATE INDEX movementByFolio ON movement(folio)
        """,
        """
        CREATE INDEX movementByReference ON movement(reference)
        """,
        """
        CREATE INDEX movementByReferenceKey ON movement((upper(replace(reference, ' ', '')))) WHERE reference IS NOT NULL
        """,
        """
        CREATE INDEX movementByInvoice ON movement(('CFDI:' || invoiceUuid)) WHERE invoiceUuid IS NOT NULL
        """,
        """
        CREATE INDEX movementByPartyAndKind ON movement(partyId, kind)
        """,
        """
        CREATE INDEX movementByReversed ON movement(reversesId) WHERE reversesId IS NOT NULL
        """,
        """
        CREATE INDEX movementBySettled ON movement(settlesId) WHERE settlesId IS NOT NULL
        """,
        """
        CREATE UNIQUE INDEX movementByReceipt ON movement(receipt) WHERE receipt IS NOT NULL
        """,
        """
        CREATE INDEX siteVisitByFolio ON siteVisit(folio)
        """,
        """
        CREATE INDEX evidenceByFolio ON evidence(folio)
        """,
        """
        CREATE INDEX complaintByFolio ON complaint(folio)
        """,
        """
        CREATE INDEX accountableContactByFolio ON accountableContact(folio)
        """,
        """
        CREATE TRIGGER movementNeedsHash BEFORE INSERT ON movement FOR EACH ROW EXECUTE FUNCTION movement_needs_hash()
        """,
    ]
}
