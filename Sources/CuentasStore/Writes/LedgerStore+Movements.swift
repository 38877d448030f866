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

    /// Records the movements `makeDrafts` derives from the current ledger (an approval's pledges from its scheme),
    /// in the same transaction that reads the ledger, so nothing can change in between.
    @discardableResult
    public func record(_ makeDrafts: (LedgerState) throws -> [MovementDraft]) throws(StoreError) -> [Movement] {
        try write { db in try Self.insert(db, makeDrafts) }
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
            let movements = try Self.insert(db) { _ in drafts }
            guard let first = movements.first, let last = movements.last else { return .recorded([]) }
            try db.execute(
                sql: "INSERT INTO submission (key, userName, firstMovement, lastMovement, recordedAt) VALUES (?, ?, ?, ?, ?)",
                arguments: [submissionKey, userName, first.id, last.id, ISO8601DateFormatter().string(from: Date())])
            return .recorded(movements)
        }
    }

    private static func insert(_ db: Database, _ makeDrafts: (LedgerState) throws -> [MovementDraft]) throws -> [Movement] {
            var state = try LedgerLoader.state(db)
            let drafts = try makeDrafts(state)
            let recordedAt = ISO8601DateFormatter().string(from: Date())
            let insert = try db.cachedStatement(sql: MovementColumns.insertSQL)
            var previousHash = try String.fetchOne(db, sql: "SELECT hash FROM movement ORDER BY id DESC LIMIT 1") ?? HashChain.genesis
            var recorded: [Movement] = []
            recorded.reserveCapacity(drafts.count)
            for (index, draft) in drafts.enumerated() {
                let movement = draft.numbered(state.nextMovementID)
                do {
                    try state.record(movement)
                } catch {
                    // The refused movement never gets its number, so the message must not name one.
                    throw StoreError.violationInBatch(index: index, error.unnumbered)
                }
                let hash = HashChain.hash(movement, previousHash: previousHash)
                try insert.execute(arguments: MovementColumns.values(of: movement, recordedAt: recordedAt, previousHash: previousHash, hash: hash))
                previousHash = hash
                recorded.append(movement)
            }
            return recorded
    }

    /// Approves a project: the status change and one pledge per party from the scheme, in one transaction.
    public func approve(
        folio: Folio, schemeID: Identifier, agreedParts: [FundingRole: Int64], sessionDate: CalendarDate,
        minutesReference: String, occurredOn: CalendarDate, recordedBy: String, note: String
    ) throws(StoreError) -> (movements: [Movement], plan: PledgePlan) {
        var plan: PledgePlan?
        let movements: [Movement]
        do {
            movements = try record { state in
                do {
                    let result = try Approval.drafts(
                        folio: folio, schemeID: schemeID, agreedParts: agreedParts, sessionDate: sessionDate,
                        minutesReference: minutesReference, occurredOn: occurredOn, recordedBy: recordedBy, note: note,
                        catalogue: state.catalogue)
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
