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
            try insert(db, drafts, catalogue: catalogue, targets: try ReversalTargets(SQLiteSession(db), of: drafts)) { movement in
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
                try CatalogueSeals.sealNew(SQLiteSession(db))
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
                try CatalogueSeals.sealNew(SQLiteSession(db))
            }
            return .recorded(movements)
        }
    }

    func insert(_ db: Database, _ makeDrafts: (Catalogue) throws -> [MovementDraft]) throws -> [Movement] {
        var recorded: [Movement] = []
        let catalogue = try CatalogueLoader.load(db)
        let drafts = try makeDrafts(catalogue)
        try insert(db, drafts, catalogue: catalogue, targets: try ReversalTargets(SQLiteSession(db), of: drafts)) { recorded.append($0) }
        return recorded
    }

    /// Drafts made without the catalogue are checked against only the part of it they touch: their projects (and those
    /// of the movements they reverse), the clubs they name and the projects' sponsors. Recording one donation does not
    /// read a national catalogue.
    private func insert(_ db: Database, _ drafts: [MovementDraft]) throws -> [Movement] {
        let targets = try ReversalTargets(SQLiteSession(db), of: drafts)
        let catalogue = try MovementRecorder(SQLiteSession(db)).catalogue(
            for: drafts, targets: targets, shared: try sharedParts.value(db, reading: CatalogueLoader.sharedParts))
        var recorded: [Movement] = []
        try insert(db, drafts, catalogue: catalogue, targets: targets) { recorded.append($0) }
        return recorded
    }

    /// Checks and inserts the drafts in order, handing each recorded movement to `didRecord`, and writes the balances
    /// they changed in the same transaction (`MovementRecorder`, the same for both stores).
    private func insert(
        _ db: Database, _ drafts: [MovementDraft], catalogue: Catalogue, targets: ReversalTargets, didRecord: (Movement) -> Void
    ) throws {
        var inserter = MovementInserter(db)
        try MovementRecorder(SQLiteSession(db)).insert(
            drafts, catalogue: catalogue, targets: targets, issuingReceipts: issuesReceipts, into: &inserter, didRecord: didRecord)
    }

    /// The state new movements would be checked against when recorded (see `recordingState`), for a preview that
    /// checks them without recording anything. Not for statements: its table may hold only some movements.
    public func stateForRecording(_ drafts: [MovementDraft]) throws(StoreError) -> LedgerState {
        try read { db in
            try MovementRecorder(SQLiteSession(db)).recordingState(
                catalogue: try CatalogueLoader.load(db), drafts: drafts, targets: try ReversalTargets(SQLiteSession(db), of: drafts))
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
