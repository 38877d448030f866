import CuentasCore
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
        try record { _ in drafts }
    }

    /// Records the movements `makeDrafts` derives from the current catalogue (an approval's pledges from its scheme),
    /// in the same transaction that reads it, so nothing can change in between.
    @discardableResult
    public func record(_ makeDrafts: (Catalogue) throws -> [MovementDraft]) throws(StoreError) -> [Movement] {
        try write { db in try insert(db, makeDrafts) }
    }

    /// The same, returning only the numbers the movements got, first to last (nil for none): an import of 360,000
    /// rows would otherwise hold its movements a second time (66 MB) to print two numbers.
    public func recordReturningNumbers(
        _ makeDrafts: (Catalogue) throws -> [MovementDraft]
    ) throws(StoreError) -> ClosedRange<MovementID>? {
        try write { db in
            var numbers: ClosedRange<MovementID>?
            try insert(db, makeDrafts) { movement in
                numbers = numbers.map { $0.lowerBound...movement.id } ?? movement.id...movement.id
            }
            return numbers
        }
    }

    /// Records a form's movements unless a submission with the same key was recorded before: then it records
    /// nothing and says which movements that first submission recorded. The key and the movements are written in
    /// one transaction, so a second press of the button, even at the same instant, cannot record them twice.
    public func recordOnce(
        _ drafts: [MovementDraft], submissionKey: String, userName: String
    ) throws(StoreError) -> SubmissionOutcome {
        try write { db in
            if let row = try Row.fetchOne(
                db, sql: "SELECT firstMovement, lastMovement, userName FROM submission WHERE key = ?", arguments: [submissionKey])
            {
                let owner: String = row["userName"]
                guard owner == userName else { throw StoreError.duplicate(what: "submission", id: submissionKey) }
                return .alreadyRecorded(firstMovement: row["firstMovement"], lastMovement: row["lastMovement"])
            }
            let movements = try insert(db) { _ in drafts }
            guard let first = movements.first, let last = movements.last else { return .recorded([]) }
            try db.execute(
                sql: "INSERT INTO submission (key, userName, firstMovement, lastMovement, recordedAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [submissionKey, userName, first.id, last.id, ISO8601DateFormatter().string(from: Date())])
            return .recorded(movements)
        }
    }

    private func insert(_ db: Database, _ makeDrafts: (Catalogue) throws -> [MovementDraft]) throws -> [Movement] {
        var recorded: [Movement] = []
        try insert(db, makeDrafts) { recorded.append($0) }
        return recorded
    }

    /// Checks and inserts the drafts in order, handing each recorded movement to `didRecord`.
    private func insert(
        _ db: Database, _ makeDrafts: (Catalogue) throws -> [MovementDraft], didRecord: (Movement) -> Void
    ) throws {
        let catalogue = try CatalogueLoader.load(db)
        let drafts = try makeDrafts(catalogue)
        var state = try recordingState(db, catalogue: catalogue, drafts: drafts)
        let recordedAt = ISO8601DateFormatter().string(from: Date())
        var inserter = MovementInserter(db)
        var previousHash = try String.fetchOne(db, sql: "SELECT hash FROM movement ORDER BY id DESC LIMIT 1") ?? HashChain.genesis
        for (index, draft) in drafts.enumerated() {
            let movement = draft.numbered(state.nextMovementID)
            do {
                try state.record(movement)
            } catch {
                // The refused movement never gets its number, so the message must not name one.
                throw StoreError.violationInBatch(index: index, error.unnumbered)
            }
            let hash = HashChain.hash(movement, previousHash: previousHash)
            try inserter.insert(movement, recordedAt: recordedAt, previousHash: previousHash, hash: hash)
            previousHash = hash
            didRecord(movement)
        }
        try inserter.finish()
    }

    /// The state new movements are checked against: replayed from only the part of the ledger they can touch, so that
    /// recording one donation does not replay a national ledger. The part: the projects they are about, the projects
    /// and clubs of the movements they reverse, and every project of a club whose fund they draw on (a transfer, or the
    /// reversal of a donation: the fund must count every transfer the club made). Bank references live elsewhere in
    /// the ledger are looked up, and numbering continues after the ledger's last movement. If the part replayed breaks
    /// a rule (only possible if the file was changed outside the program), the whole ledger is replayed instead.
    /// Every rule but the bank reference is about one project or one club's fund: a new rule that spans more must be
    /// given what it needs here. When the part is every project, the state's table holds only the movements reversals
    /// point at (`LedgerState.keepOnlyMovements`): it is for checking new movements, not for statements; a new rule
    /// that looks up other earlier movements must add them to what is kept.
    func recordingState(_ db: Database, catalogue: Catalogue, drafts: [MovementDraft]) throws -> LedgerState {
        var folios: Set<Folio> = []
        var fundClubs: Set<PartyID> = []
        var references: Set<String> = []
        var reversed: Set<MovementID> = []
        for draft in drafts {
            if let folio = draft.body.folio { folios.insert(folio) }
            switch draft.body {
            case .transfer(let transfer):
                fundClubs.insert(transfer.clubID)
                references.insert(transfer.remittance.reference)
            case .deposit(let deposit): references.insert(deposit.remittance.reference)
            case .reversal(let reversal): reversed.insert(reversal.movementID)
            default: break
            }
        }
        let lastOfLedger = try MovementID.fetchOne(db, sql: "SELECT max(id) FROM movement") ?? 0
        // A batch that corrects one of its own movements is checked against the whole ledger: the part would not know
        // the fund or account before it.
        if reversed.contains(where: { $0 > lastOfLedger }) { return try LedgerLoader.state(db) }
        if !reversed.isEmpty {
            let sql = "SELECT folio, partyId FROM movement WHERE id IN (SELECT value FROM json_each(?))"
            for row in try Row.fetchAll(db, sql: sql, arguments: [Self.jsonArray(reversed.map(String.init))]) {
                if let folio: String = row["folio"] { folios.insert(Folio(trusted: folio)) }
                if let party: String = row["partyId"], catalogue.clubs[PartyID(trusted: party)] != nil { fundClubs.insert(PartyID(trusted: party)) }
            }
        }
        for (folio, project) in catalogue.projects where project.sponsorClubIDs.contains(where: fundClubs.contains) { folios.insert(folio) }
        let known = folios.filter { catalogue.projects[$0] != nil }
        if known.count == catalogue.projects.count, !catalogue.projects.isEmpty {
            // Every project: the whole ledger up to its last movement, read on the other cores while it is replayed.
            // Movements up to that number never change, and readers see at least what this transaction does. The
            // replay keeps only the movements a reversal points at, recorded or new (the lookups recording makes).
            var reversalTargets = reversed
            for id in try MovementID.fetchAll(db, sql: "SELECT reversesId FROM movement WHERE reversesId IS NOT NULL") {
                reversalTargets.insert(id)
            }
            let whole = try replay(through: lastOfLedger, checkingChain: false, catalogue: catalogue, keepingOnly: reversalTargets)
            // A ledger that breaks a rule (changed outside the program) is recorded on as the whole ledger always was.
            guard whole.ledger.passed else { return whole.ledger.state }
            return try finishRecordingState(whole.ledger.state, db, references: references, lastOfLedger: lastOfLedger)
        }
        let part = try Self.partialCheck(
            db, catalogue: catalogue.keepingOnlyProjects(known), folios: known, clubs: fundClubs, roomForMore: drafts.count)
        guard part.passed else { return try LedgerLoader.state(db) }
        return try finishRecordingState(part.state, db, references: references, lastOfLedger: lastOfLedger)
    }

    /// Hands a replayed part the bank references live in the rest of the ledger, and numbering after its last movement.
    private func finishRecordingState(
        _ replayed: LedgerState, _ db: Database, references: Set<String>, lastOfLedger: MovementID
    ) throws -> LedgerState {
        var state = replayed
        if !references.isEmpty {
            let sql = """
                SELECT reference, id FROM movement m WHERE reference IN (SELECT value FROM json_each(?))
                AND kind IN ('deposit', 'transfer') AND NOT EXISTS (SELECT 1 FROM movement r WHERE r.reversesId = m.id)
                """
            var live: [String: MovementID] = [:]
            for row in try Row.fetchAll(db, sql: sql, arguments: [Self.jsonArray(Array(references))]) { live[row["reference"]] = row["id"] }
            state.assumeLiveReferences(live)
        }
        state.continueNumbering(after: lastOfLedger)
        return state
    }

    /// The state new movements would be checked against when recorded (see `recordingState`), for a preview that
    /// checks them without recording anything. Not for statements: its table may hold only some movements.
    public func stateForRecording(_ drafts: [MovementDraft]) throws(StoreError) -> LedgerState {
        try read { db in try recordingState(db, catalogue: try CatalogueLoader.load(db), drafts: drafts) }
    }

    /// Approves a project: the status change and one pledge per party from the scheme, in one transaction.
    public func approve(
        folio: Folio, schemeID: Identifier, agreedParts: [FundingRole: Int64], sessionDate: CalendarDate,
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
