import CuentasCore
import CuentasIntegrity
import Foundation

/// Recording movements, the same on both stores, inside the caller's write transaction (as the only writer): each
/// draft checked by the ledger's rules against the stored balances of what it touches (nothing is replayed), numbered
/// after the ledger's last movement, hashed onto the chain, its row written, and the balances it changed written in the
/// same transaction.
public struct MovementRecorder<Session: LedgerSession> {
    let db: Session

    public init(_ db: Session) { self.db = db }

    /// The part of the catalogue drafts made without it are checked against: their projects (and those of the
    /// movements they reverse), the clubs they name and the projects' sponsors. Recording one donation does not read a
    /// national catalogue. `kept`: the store's kept catalogue, whose parts are read again only when it changed.
    public func catalogue(for drafts: [MovementDraft], targets: ReversalTargets, kept: KeptCatalogue? = nil) throws -> Catalogue {
        var (folios, parties) = targets.touched(with: drafts)
        // A pledging club's toma de nota is checked: the pledge is about the project, its party must be read too.
        for draft in drafts { if case .pledge(let pledge) = draft.body { parties.insert(pledge.partyID) } }
        if let kept { return try kept.part(db, onlyProjects: folios, onlyClubs: parties) }
        return try CatalogueLoader.load(db, onlyProjects: folios, onlyClubs: parties)
    }

    /// Checks and inserts the drafts in order, handing each recorded movement to `didRecord`, and writes the balances
    /// they changed. With `issuingReceipts`, each donation drafted without a receipt gets a code first.
    public func insert(
        _ drafts: [MovementDraft], catalogue: Catalogue, targets: ReversalTargets, issuingReceipts: Bool,
        into rows: inout some MovementRowWriter, didRecord: (Movement) -> Void
    ) throws {
        let drafts = issuingReceipts ? try withReceipts(drafts) : drafts
        var state = try recordingState(catalogue: catalogue, drafts: drafts, targets: targets)
        // Room for the batch at once: a table grown by doubling held the old and the new one together, about 70 MB of
        // the peak of a national payments import (360,000 movements).
        state.reserveCapacity(movements: state.movements.count + drafts.count)
        let recordedAt = ISO8601DateFormatter().string(from: Date())
        var previousHash = try db.rows("SELECT hash FROM movement ORDER BY id DESC LIMIT 1").first?.text(at: 0) ?? HashChain.genesis
        var touched: Set<BalanceKey> = []
        var touchedProjects: Set<Folio> = []
        var progressChanged: Set<Folio> = []
        var progressReversed: Set<Folio> = []
        let firstRecorded = drafts.isEmpty ? nil : state.nextMovementID
        for (index, draft) in drafts.enumerated() {
            let movement = draft.numbered(state.nextMovementID)
            let postings: [Posting]
            do {
                postings = try state.record(movement)
            } catch {
                // The refused movement never gets its number, so the message must not name one.
                throw RefusedDraft(index: index, violation: error.unnumbered)
            }
            for posting in postings { touched.insert(posting.balance) }
            let target = Self.reversalTarget(of: movement, in: state)
            if let folio = MovementEffects.touches(movement.body, reversing: target?.body).folio {
                touchedProjects.insert(folio)
                if movement.body.kind == .progress { progressChanged.insert(folio) }
                if target?.body.kind == .progress {
                    progressChanged.insert(folio)
                    progressReversed.insert(folio)
                }
            }
            let hash = HashChain.hash(movement, previousHash: previousHash)
            try rows.insert(movement, recordedAt: recordedAt, previousHash: previousHash, hash: hash)
            previousHash = hash
            didRecord(movement)
        }
        try rows.finish()
        if let first = firstRecorded {
            try appendRecording(first: first, last: state.nextMovementID - 1, recordedAt: recordedAt, lastMovementHash: previousHash)
        }
        try StoredBalances.write(
            db, touched: touched, projects: touchedProjects, progressOf: progressChanged, progressReversed: progressReversed, from: state)
    }

    /// The row of the write that added movements `first...last`, on the writes' own chain (`RecordingEncoding`).
    public func appendRecording(first: Int64, last: Int64, recordedAt: String, lastMovementHash: String) throws {
        let previous =
            try db.rows("SELECT hash FROM recording ORDER BY firstMovement DESC LIMIT 1").first?.text(at: 0) ?? HashChain.genesis
        let hash = RecordingEncoding.hash(
            first: first, last: last, recordedAt: recordedAt, lastMovementHash: lastMovementHash, previousHash: previous)
        try db.execute(
            "INSERT INTO recording (firstMovement, lastMovement, recordedAt, previousHash, hash) VALUES (?, ?, ?, ?, ?)",
            [.integer(first), .integer(last), .text(recordedAt), .text(previous), .text(hash)])
    }

    /// Each donation drafted without a receipt gets a code that no movement of the ledger, nor another of the batch,
    /// carries: drawn again in the rare case it is taken (with 240,000 codes in a ledger, one draw in 150 million).
    func withReceipts(_ drafts: [MovementDraft]) throws -> [MovementDraft] {
        guard drafts.contains(where: \.needsReceipt) else { return drafts }
        var issuedNow: Set<ReceiptCode> = []
        func isTaken(_ code: ReceiptCode) throws -> Bool {
            try issuedNow.contains(code) || db.exists("SELECT 1 FROM movement WHERE receipt = ?", [.text(code.compact)])
        }
        var issued = drafts
        for index in issued.indices where issued[index].needsReceipt {
            var code = ReceiptCode.random()
            while try isTaken(code) { code = ReceiptCode.random() }
            issuedNow.insert(code)
            issued[index] = issued[index].issuingReceipt(code)
        }
        return issued
    }

    private static func reversalTarget(of movement: Movement, in state: LedgerState) -> Movement? {
        guard case .reversal(let reversal) = movement.body else { return nil }
        return state.movements[reversal.movementID]
    }

    /// The state new movements are checked against: the stored balances and statuses of what they touch (the projects
    /// they are about, the clubs whose funds they move, and those of the movements they reverse), the movements they
    /// reverse, the bank references they carry that are live elsewhere in the ledger, and numbering after the ledger's
    /// last movement. Nothing is replayed: every rule reads the balances of what the movement touches (a new rule that
    /// reads more must be given it here).
    public func recordingState(catalogue: Catalogue, drafts: [MovementDraft], targets: ReversalTargets) throws -> LedgerState {
        let (folios, parties) = targets.touched(with: drafts)
        let clubs = parties.filter { catalogue.clubs[$0] != nil }
        var references: Set<String> = []
        for draft in drafts {
            switch draft.body {
            case .transfer(let transfer): references.insert(Remittance.referenceKey(transfer.remittance.reference))
            case .deposit(let deposit): references.insert(Remittance.referenceKey(deposit.remittance.reference))
            case .payment(let payment): references.insert("CFDI:" + payment.invoiceUUID)
            case .arrival(let arrival): references.insert(Remittance.referenceKey(arrival.reference))
            default: break
            }
        }
        let lastOfLedger = try db.rows("SELECT max(id) FROM movement").first?.integer(at: 0) ?? 0
        let known = folios.filter { catalogue.projects[$0] != nil }
        var state = LedgerState(catalogue: catalogue.keepingOnlyProjects(known))
        // Past a few hundred owners, one pass over each balance table costs less than looking each one up.
        let owners = known.count + clubs.count > 500 ? nil : StoredBalances.Owners(folios: known, clubs: clubs)
        try StoredBalances.assume(db, for: owners, into: &state)
        state.assumeEarlierMovements(targets.movements, reversedBy: targets.reversedBy, settledBy: targets.settledBy)
        if !references.isEmpty { try assumeLiveReferences(references, into: &state) }
        state.continueNumbering(after: lastOfLedger)
        return state
    }

    /// Hands a state the bank references and invoices that live movements of the ledger already carry.
    private func assumeLiveReferences(_ references: Set<String>, into state: inout LedgerState) throws {
        // Said as `isAnyOfTexts`: on PostgreSQL an `IN (SELECT …)` of the expression reads every movement, under the
        // writers' lock; `= ANY` uses the expression's index (docs/POSTGRES.md).
        let sql = """
            SELECT 0, reference, id FROM movement m
            WHERE reference IS NOT NULL AND \(db.dialect.isAnyOfTexts("upper(replace(reference, ' ', ''))"))
            AND kind IN ('deposit', 'transfer', 'arrival') AND NOT EXISTS (SELECT 1 FROM movement r WHERE r.reversesId = m.id)
            UNION ALL
            SELECT 1, invoiceUuid, id FROM movement m
            WHERE invoiceUuid IS NOT NULL AND \(db.dialect.isAnyOfTexts("'CFDI:' || invoiceUuid"))
            AND kind = 'payment' AND NOT EXISTS (SELECT 1 FROM movement r WHERE r.reversesId = m.id)
            """
        let keys = ColumnValue.text(SQLDialect.jsonArray(references))
        var live: [String: MovementID] = [:]
        var invoices: [String: MovementID] = [:]
        for row in try db.rows(sql, [keys, keys]) {
            let isInvoice: Int64 = try row.stored(0, "movement", "?")
            let reference: String = try row.stored(1, "movement", "?")
            let id: MovementID = try row.stored(2, "movement", "?")
            if isInvoice == 1 { invoices[reference] = id } else { live[reference] = id }
        }
        state.assumeLiveReferences(live)
        state.assumeLiveInvoices(invoices)
    }
}
