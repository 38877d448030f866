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
    public func recordReturningNumbers(
        _ makeDrafts: (Catalogue) throws -> [MovementDraft]
    ) throws(StoreError) -> ClosedRange<MovementID>? {
        try write { db in
            var numbers: ClosedRange<MovementID>?
            let catalogue = try CatalogueLoader.load(db)
            try insert(db, try makeDrafts(catalogue), catalogue: catalogue) { movement in
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
            let movements = try insert(db, drafts)
            guard let first = movements.first, let last = movements.last else { return .recorded([]) }
            try db.execute(
                sql: "INSERT INTO submission (key, userName, firstMovement, lastMovement, recordedAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [submissionKey, userName, first.id, last.id, ISO8601DateFormatter().string(from: Date())])
            return .recorded(movements)
        }
    }

    private func insert(_ db: Database, _ makeDrafts: (Catalogue) throws -> [MovementDraft]) throws -> [Movement] {
        var recorded: [Movement] = []
        let catalogue = try CatalogueLoader.load(db)
        try insert(db, try makeDrafts(catalogue), catalogue: catalogue) { recorded.append($0) }
        return recorded
    }

    /// Drafts made without the catalogue are checked against only the part of it they touch: their projects (and those
    /// of the movements they reverse), the clubs and members they name and the projects' sponsors. Recording one
    /// donation does not read a national catalogue.
    private func insert(_ db: Database, _ drafts: [MovementDraft]) throws -> [Movement] {
        var folios: Set<Folio> = []
        var parties: Set<PartyID> = []
        var members: Set<Int64> = []
        var reversed: [String] = []
        for draft in drafts {
            let touched = MovementEffects.touches(draft.body)
            if let folio = touched.folio { folios.insert(folio) }
            if let party = touched.party { parties.insert(party) }
            switch draft.body {
            case .pledge(let pledge): parties.insert(pledge.partyID)
            case .refund(let refund): parties.insert(refund.partyID)
            case .donation(let donation): if case .member(let id?) = donation.source { members.insert(id) }
            case .reversal(let reversal): reversed.append(String(reversal.movementID))
            default: break
            }
        }
        if !reversed.isEmpty {
            let sql = "SELECT folio, partyId FROM movement WHERE id IN (SELECT value FROM json_each(?))"
            for row in try Row.fetchAll(db, sql: sql, arguments: [Self.jsonArray(reversed)]) {
                if let folio: String = row[0] { folios.insert(Folio(trusted: folio)) }
                if let party: String = row[1] { parties.insert(PartyID(trusted: party)) }
            }
        }
        let catalogue = try CatalogueLoader.load(db, onlyProjects: folios, onlyClubs: parties, onlyMembers: members)
        var recorded: [Movement] = []
        try insert(db, drafts, catalogue: catalogue) { recorded.append($0) }
        return recorded
    }

    /// Checks and inserts the drafts in order, handing each recorded movement to `didRecord`, and writes the balances
    /// they changed in the same transaction.
    private func insert(
        _ db: Database, _ drafts: [MovementDraft], catalogue: Catalogue, didRecord: (Movement) -> Void
    ) throws {
        var state = try recordingState(db, catalogue: catalogue, drafts: drafts)
        let recordedAt = ISO8601DateFormatter().string(from: Date())
        var inserter = MovementInserter(db)
        var previousHash = try String.fetchOne(db, sql: "SELECT hash FROM movement ORDER BY id DESC LIMIT 1") ?? HashChain.genesis
        var touched: Set<BalanceKey> = []
        var touchedProjects: Set<Folio> = []
        var progressChanged: Set<Folio> = []
        var progressReversed: Set<Folio> = []
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
        try StoredBalances.write(
            db, touched: touched, projects: touchedProjects, progressOf: progressChanged, progressReversed: progressReversed, from: state)
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
    func recordingState(_ db: Database, catalogue: Catalogue, drafts: [MovementDraft]) throws -> LedgerState {
        var folios: Set<Folio> = []
        var clubs: Set<PartyID> = []
        var references: Set<String> = []
        var reversed: Set<MovementID> = []
        func touch(_ body: MovementBody) {
            let touched = MovementEffects.touches(body)
            if let folio = touched.folio { folios.insert(folio) }
            if let party = touched.party, catalogue.clubs[party] != nil { clubs.insert(party) }
        }
        for draft in drafts {
            touch(draft.body)
            switch draft.body {
            case .transfer(let transfer): references.insert(transfer.remittance.reference)
            case .deposit(let deposit): references.insert(deposit.remittance.reference)
            case .reversal(let reversal): reversed.insert(reversal.movementID)
            default: break
            }
        }
        let lastOfLedger = try MovementID.fetchOne(db, sql: "SELECT max(id) FROM movement") ?? 0
        // Movements of this batch that others of it reverse are in the state once recorded; earlier ones are read.
        let earlier = reversed.filter { $0 <= lastOfLedger }
        var targets: [Movement] = []
        var reversedBy: [MovementID: MovementID] = [:]
        if !earlier.isEmpty {
            let list = Self.jsonArray(earlier.map(String.init))
            let rows = try Row.fetchCursor(
                db, sql: MovementColumns.selectSQL + " WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id", arguments: [list])
            while let row = try rows.next() {
                let target = try MovementColumns.movement(from: row)
                touch(target.body)
                targets.append(target)
            }
            let sql = "SELECT reversesId, id FROM movement WHERE reversesId IN (SELECT value FROM json_each(?))"
            for row in try Row.fetchAll(db, sql: sql, arguments: [list]) { reversedBy[row[0]] = row[1] }
        }
        let known = folios.filter { catalogue.projects[$0] != nil }
        var state = LedgerState(catalogue: catalogue.keepingOnlyProjects(known))
        // Past a few hundred owners, one pass over each balance table costs less than looking each one up.
        let owners = known.count + clubs.count > 500 ? nil : StoredBalances.Owners(folios: known, clubs: clubs)
        try StoredBalances.assume(db, for: owners, into: &state)
        state.assumeEarlierMovements(targets, reversedBy: reversedBy)
        return try finishRecordingState(state, db, references: references, lastOfLedger: lastOfLedger)
    }

    /// Hands a state the bank references live in the ledger, and numbering after its last movement.
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
