import CuentasCore
import CuentasTables
import Foundation
import CuentasIntegrity
import GRDB

/// Recording movements. The whole batch is checked against the ledger rules and written in one transaction:
/// one bad entry and nothing is written.
extension LedgerStore {
    /// Records one movement and returns it with its number.
    @discardableResult
    public func record(_ draft: MovementDraft) throws(StoreError) -> Movement {
        do {
            return try record([draft])[0]
        } catch {
            throw error.unbatched
        }
    }

    /// Records several movements together, in order, all or nothing.
    @discardableResult
    public func record(_ drafts: [MovementDraft]) throws(StoreError) -> [Movement] {
        try write { db in try insert(db, drafts) }
    }

    /// Records the movements `makeDrafts` derives from the current catalogue (an approval's pledges from its scheme),
    /// in the same transaction that reads it, so nothing can change in between.
    @discardableResult
    public func record(_ makeDrafts: (Catalogue) throws -> [MovementDraft]) throws(StoreError) -> [Movement] {
        try write { db in try insert(db, makeDrafts) }
    }

    /// The same, returning only the numbers the movements got, first to last (nil for none): an import of 360,000
    /// rows would otherwise hold its movements a second time (66 MB) to print two numbers.
    /// With `file` (the SHA-256 of an imported file's bytes and its kind), a file imported before records nothing and
    /// throws `fileAlreadyImported` naming the movements it recorded: re-running any import is safe.
    /// With `evidence`, the files the rows name are attached to their movements in the same transaction (`evidence` is
    /// asked after `makeDrafts`, and gives each file with the index of its draft): the import and its files, all or none.
    public func recordReturningNumbers(
        file: ImportedFile? = nil, evidence: () -> [(draft: Int, evidence: EvidenceDraft)] = { [] },
        _ makeDrafts: (Catalogue) throws -> [MovementDraft]
    ) throws(StoreError) -> ClosedRange<MovementID>? {
        let folder = evidenceFolder
        return try write { db in
            if let file,
                let row = try Row.fetchOne(
                    db, sql: "SELECT firstMovement, lastMovement, recordedAt FROM importedFile WHERE sha256 = ?", arguments: [file.sha256])
            {
                throw StoreError.fileAlreadyImported(
                    first: try row.stored(0, "importedFile", file.sha256), last: try row.stored(1, "importedFile", file.sha256),
                    recordedAt: try row.stored(2, "importedFile", file.sha256))
            }
            var numbers: ClosedRange<MovementID>?
            let catalogue = try CatalogueLoader.load(db)
            let drafts = try makeDrafts(catalogue)
            try insert(db, drafts, catalogue: catalogue, targets: try ReversalTargets(db, of: drafts)) { movement in
                numbers = numbers.map { $0.lowerBound...movement.id } ?? movement.id...movement.id
            }
            if let file, let numbers {
                try db.execute(
                    sql:
                        "INSERT INTO importedFile (sha256, kind, firstMovement, lastMovement, recordedBy, recordedAt) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [
                        file.sha256, file.kind, numbers.lowerBound, numbers.upperBound, file.recordedBy,
                        ISO8601DateFormatter().string(from: Date()),
                    ])
            }
            let attachments = evidence()
            if let numbers, !attachments.isEmpty {
                for (index, draft) in attachments {
                    if let refusal = draft.refusal() { throw StoreError.oversight(refusal) }
                    let digest = try folder.keep(draft.bytes)
                    _ = try Self.insertEvidence(db, draft, movementID: numbers.lowerBound + MovementID(index), digest: digest)
                }
                try CatalogueSeals.sealNew(db)
            }
            return numbers
        }
    }

    /// Records a form's movements unless a submission with the same key was recorded before: then it records
    /// nothing and says which movements that first submission recorded. The key and the movements are written in
    /// one transaction, so a second press of the button, even at the same instant, cannot record them twice.
    /// With `evidence`, files attached to the movements (by the index of their draft) in the same transaction.
    public func recordOnce(
        _ drafts: [MovementDraft], submissionKey: String, userName: String, evidence: [(draft: Int, evidence: EvidenceDraft)] = []
    ) throws(StoreError) -> SubmissionOutcome {
        for (_, draft) in evidence { if let refusal = draft.refusal() { throw StoreError.oversight(refusal) } }
        let folder = evidenceFolder
        return try write { db in
            if let row = try Row.fetchOne(
                db, sql: "SELECT firstMovement, lastMovement, userName FROM submission WHERE key = ?", arguments: [submissionKey])
            {
                let owner: String = try row.stored("userName", "submission", "?")
                guard owner == userName else { throw StoreError.duplicate(what: "submission", id: submissionKey) }
                return .alreadyRecorded(
                    firstMovement: try row.stored("firstMovement", "submission", "?"),
                    lastMovement: try row.stored("lastMovement", "submission", "?"))
            }
            let movements = try insert(db, drafts)
            guard let first = movements.first, let last = movements.last else { return .recorded([]) }
            try db.execute(
                sql: "INSERT INTO submission (key, userName, firstMovement, lastMovement, recordedAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [submissionKey, userName, first.id, last.id, ISO8601DateFormatter().string(from: Date())])
            if !evidence.isEmpty {
                for (index, draft) in evidence where movements.indices.contains(index) {
                    _ = try Self.insertEvidence(db, draft, movementID: movements[index].id, digest: try folder.keep(draft.bytes))
                }
                try CatalogueSeals.sealNew(db)
            }
            return .recorded(movements)
        }
    }

    func insert(_ db: Database, _ makeDrafts: (Catalogue) throws -> [MovementDraft]) throws -> [Movement] {
        var recorded: [Movement] = []
        let catalogue = try CatalogueLoader.load(db)
        let drafts = try makeDrafts(catalogue)
        try insert(db, drafts, catalogue: catalogue, targets: try ReversalTargets(db, of: drafts)) { recorded.append($0) }
        return recorded
    }

    /// Drafts made without the catalogue are checked against only the part of it they touch: their projects (and those
    /// of the movements they reverse), the clubs they name and the projects' sponsors. Recording one donation does not
    /// read a national catalogue.
    private func insert(_ db: Database, _ drafts: [MovementDraft]) throws -> [Movement] {
        let targets = try ReversalTargets(db, of: drafts)
        var (folios, parties) = targets.touched(with: drafts)
        // A pledging club's toma de nota is checked: the pledge is about the project, its party must be read too.
        for draft in drafts { if case .pledge(let pledge) = draft.body { parties.insert(pledge.partyID) } }
        let catalogue = try CatalogueLoader.load(
            db, onlyProjects: folios, onlyClubs: parties, shared: try sharedParts.value(db, reading: CatalogueLoader.sharedParts))
        var recorded: [Movement] = []
        try insert(db, drafts, catalogue: catalogue, targets: targets) { recorded.append($0) }
        return recorded
    }

    /// Checks and inserts the drafts in order, handing each recorded movement to `didRecord`, and writes the balances
    /// they changed in the same transaction.
    private func insert(
        _ db: Database, _ drafts: [MovementDraft], catalogue: Catalogue, targets: ReversalTargets, didRecord: (Movement) -> Void
    ) throws {
        let drafts = issuesReceipts ? try Self.issuingReceipts(db, drafts) : drafts
        var state = try recordingState(db, catalogue: catalogue, drafts: drafts, targets: targets)
        // Room for the batch at once: a table grown by doubling held the old and the new one together, about 70 MB of
        // the peak of a national payments import (360,000 movements).
        state.reserveCapacity(movements: state.movements.count + drafts.count)
        let recordedAt = ISO8601DateFormatter().string(from: Date())
        var inserter = MovementInserter(db)
        var previousHash = try String.fetchOne(db, sql: "SELECT hash FROM movement ORDER BY id DESC LIMIT 1") ?? HashChain.genesis
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
                throw StoreError.violationInBatch(index: index, error.unnumbered)
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
            try inserter.insert(movement, recordedAt: recordedAt, previousHash: previousHash, hash: hash)
            previousHash = hash
            didRecord(movement)
        }
        try inserter.finish()
        if let first = firstRecorded {
            try Recordings.append(db, first: first, last: state.nextMovementID - 1, recordedAt: recordedAt, lastMovementHash: previousHash)
        }
        try StoredBalances.write(
            SQLiteSession(db), touched: touched, projects: touchedProjects, progressOf: progressChanged, progressReversed: progressReversed,
            from: state)
    }

    /// Each donation drafted without a receipt gets a code that no movement of the ledger, nor another of the batch,
    /// carries: drawn again in the rare case it is taken (with 240,000 codes in a ledger, one draw in 150 million).
    static func issuingReceipts(_ db: Database, _ drafts: [MovementDraft]) throws -> [MovementDraft] {
        guard drafts.contains(where: \.needsReceipt) else { return drafts }
        let lookup = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM movement WHERE receipt = ?)")
        var issuedNow: Set<ReceiptCode> = []
        func isTaken(_ code: ReceiptCode) throws -> Bool {
            try issuedNow.contains(code) || Bool.fetchOne(lookup, arguments: [code.compact]) == true
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
    func recordingState(
        _ db: Database, catalogue: Catalogue, drafts: [MovementDraft], targets: ReversalTargets
    ) throws -> LedgerState {
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
        let lastOfLedger = try MovementID.fetchOne(db, sql: "SELECT max(id) FROM movement") ?? 0
        let known = folios.filter { catalogue.projects[$0] != nil }
        var state = LedgerState(catalogue: catalogue.keepingOnlyProjects(known))
        // Past a few hundred owners, one pass over each balance table costs less than looking each one up.
        let owners = known.count + clubs.count > 500 ? nil : StoredBalances.Owners(folios: known, clubs: clubs)
        try StoredBalances.assume(SQLiteSession(db), for: owners, into: &state)
        state.assumeEarlierMovements(targets.movements, reversedBy: targets.reversedBy, settledBy: targets.settledBy)
        return try finishRecordingState(state, db, references: references, lastOfLedger: lastOfLedger)
    }

    /// Hands a state the bank references live in the ledger, and numbering after its last movement.
    private func finishRecordingState(
        _ replayed: LedgerState, _ db: Database, references: Set<String>, lastOfLedger: MovementID
    ) throws -> LedgerState {
        var state = replayed
        if !references.isEmpty {
            let sql = """
                SELECT 0, reference, id FROM movement m
                WHERE reference IS NOT NULL AND upper(replace(reference, ' ', '')) IN (SELECT value FROM json_each(:keys))
                AND kind IN ('deposit', 'transfer', 'arrival') AND NOT EXISTS (SELECT 1 FROM movement r WHERE r.reversesId = m.id)
                UNION ALL
                SELECT 1, invoiceUuid, id FROM movement m
                WHERE invoiceUuid IS NOT NULL AND 'CFDI:' || invoiceUuid IN (SELECT value FROM json_each(:keys))
                AND kind = 'payment' AND NOT EXISTS (SELECT 1 FROM movement r WHERE r.reversesId = m.id)
                """
            var live: [String: MovementID] = [:]
            var invoices: [String: MovementID] = [:]
            for row in try Row.fetchAll(db, sql: sql, arguments: ["keys": SQLDialect.jsonArray(references)]) {
                let isInvoice: Bool = try row.stored(0, "movement", "?")
                let reference: String = try row.stored(1, "movement", "?")
                let id: MovementID = try row.stored(2, "movement", "?")
                if isInvoice { invoices[reference] = id } else { live[reference] = id }
            }
            state.assumeLiveReferences(live)
            state.assumeLiveInvoices(invoices)
        }
        state.continueNumbering(after: lastOfLedger)
        return state
    }

    /// The state new movements would be checked against when recorded (see `recordingState`), for a preview that
    /// checks them without recording anything. Not for statements: its table may hold only some movements.
    public func stateForRecording(_ drafts: [MovementDraft]) throws(StoreError) -> LedgerState {
        try read { db in
            try recordingState(db, catalogue: try CatalogueLoader.load(db), drafts: drafts, targets: try ReversalTargets(db, of: drafts))
        }
    }

    /// Approves a project: the status change and one pledge per party from the scheme, in one transaction.
    public func approve(
        folio: Folio, schemeID: SchemeID, agreedParts: [FundingRole: Int64], sessionDate: CalendarDate,
        minutesReference: String, occurredOn: CalendarDate, recordedBy: String, note: String
    ) throws(StoreError) -> (movements: [Movement], plan: PledgePlan) {
        var plan: PledgePlan?
        let movements: [Movement]
        do {
            movements = try record { catalogue in
                do {
                    let result = try Approval.drafts(
                        folio: folio, schemeID: schemeID, agreedParts: agreedParts, sessionDate: sessionDate,
                        minutesReference: minutesReference, occurredOn: occurredOn, recordedBy: recordedBy, note: note,
                        catalogue: catalogue)
                    plan = result.plan
                    return result.drafts
                } catch let error as ApprovalError {
                    throw StoreError.approval(error)
                }
            }
        } catch {
            throw error.unbatched
        }
        return (movements, plan!)
    }
}
