import CuentasCore

/// Recording movements. The whole batch is checked against the ledger rules and written in one transaction:
/// one bad entry and nothing is written.
extension SessionStore {
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
        try writing { db in try recordMovements(db, drafts) }
    }

    /// Records the movements `makeDrafts` derives from the current catalogue (an approval's pledges from its scheme),
    /// in the same transaction that reads it, so nothing can change in between.
    @discardableResult
    public func record(_ makeDrafts: (Catalogue) throws -> [MovementDraft]) throws(StoreError) -> [Movement] {
        try writing { db in
            let catalogue = try CatalogueLoader.load(db)
            return try recordMovements(db, try makeDrafts(catalogue), catalogue: catalogue)
        }
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
        try writing { db in
            if let file,
                let row = try db.rows(
                    "SELECT firstMovement, lastMovement, recordedAt FROM importedFile WHERE sha256 = ?", [.text(file.sha256)]
                ).first
            {
                throw StoreError.fileAlreadyImported(
                    first: try row.stored(0, "importedFile", file.sha256), last: try row.stored(1, "importedFile", file.sha256),
                    recordedAt: try row.stored(2, "importedFile", file.sha256))
            }
            var numbers: ClosedRange<MovementID>?
            let catalogue = try CatalogueLoader.load(db)
            let drafts = try makeDrafts(catalogue)
            try recordMovements(db, drafts, catalogue: catalogue) { movement in
                numbers = numbers.map { $0.lowerBound...movement.id } ?? movement.id...movement.id
            }
            if let file, let numbers {
                try db.execute(
                    "INSERT INTO importedFile (sha256, kind, firstMovement, lastMovement, recordedBy, recordedAt) VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        .text(file.sha256), .text(file.kind), .integer(numbers.lowerBound), .integer(numbers.upperBound),
                        .text(file.recordedBy), .text(RecordingTime.now()),
                    ])
            }
            if let numbers { try attach(evidence(), to: Array(numbers), db) }
            return numbers
        }
    }

    /// Records a form's movements unless a submission with the same key was recorded before: then it records
    /// nothing and says which movements that first submission recorded. The key and the movements are written in
    /// one transaction, so a second press of the button, even at the same instant (or on another app server), cannot
    /// record them twice. With `evidence`, files attached to the movements (by the index of their draft) in the same
    /// transaction.
    public func recordOnce(
        _ drafts: [MovementDraft], submissionKey: String, userName: String, evidence: [(draft: Int, evidence: EvidenceDraft)] = []
    ) throws(StoreError) -> SubmissionOutcome {
        for (_, draft) in evidence { if let refusal = draft.refusal() { throw StoreError.oversight(refusal) } }
        return try writing { db in
            if let row = try db.rows(
                "SELECT firstMovement, lastMovement, userName FROM submission WHERE key = ?", [.text(submissionKey)]
            ).first {
                let owner: String = try row.stored(2, "submission", "?")
                guard owner == userName else { throw StoreError.duplicate(what: "submission", id: submissionKey) }
                return .alreadyRecorded(
                    firstMovement: try row.stored(0, "submission", "?"), lastMovement: try row.stored(1, "submission", "?"))
            }
            let movements = try recordMovements(db, drafts)
            guard let first = movements.first, let last = movements.last else { return .recorded([]) }
            try db.execute(
                "INSERT INTO submission (key, userName, firstMovement, lastMovement, recordedAt) VALUES (?, ?, ?, ?, ?)",
                [.text(submissionKey), .text(userName), .integer(first.id), .integer(last.id), .text(RecordingTime.now())])
            try attach(evidence, to: movements.map(\.id), db)
            return .recorded(movements)
        }
    }

    /// The state new movements would be checked against when recorded (see `MovementRecorder.recordingState`), for a
    /// preview that checks them without recording anything. Not for statements: its table may hold only some movements.
    public func stateForRecording(_ drafts: [MovementDraft]) throws(StoreError) -> LedgerState {
        try reading { db in
            try MovementRecorder(db).recordingState(
                catalogue: try keptCatalogue.catalogue(db), drafts: drafts, targets: try ReversalTargets(db, of: drafts))
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

    /// Checks and records drafts in the caller's write, in order, and returns them recorded (`MovementRecorder`: the
    /// rules, receipt codes, the hash chain, the rows, the balances they change and the write's record). Drafts made
    /// without the catalogue are checked against only the part of it they touch (`catalogue` nil): their projects (and
    /// those of the movements they reverse), the clubs they name and the projects' sponsors. Recording one donation
    /// does not read a national catalogue.
    public func recordMovements(_ db: Session, _ drafts: [MovementDraft], catalogue: Catalogue? = nil) throws -> [Movement] {
        var recorded: [Movement] = []
        try recordMovements(db, drafts, catalogue: catalogue) { recorded.append($0) }
        return recorded
    }

    /// The same, handing each recorded movement to `didRecord` instead of keeping them.
    public func recordMovements(
        _ db: Session, _ drafts: [MovementDraft], catalogue given: Catalogue?, didRecord: (Movement) -> Void
    ) throws {
        let targets = try ReversalTargets(db, of: drafts)
        let recorder = MovementRecorder(db)
        let catalogue = try given ?? recorder.catalogue(for: drafts, targets: targets, kept: keptCatalogue)
        var rows = movementRows(db)
        try recorder.insert(
            drafts, catalogue: catalogue, targets: targets, issuingReceipts: issuesReceipts, into: &rows, didRecord: didRecord)
    }
}
