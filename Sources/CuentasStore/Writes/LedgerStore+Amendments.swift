import CuentasCore
import CuentasTables
import Foundation
import GRDB

/// Amendments of the catalogue and re-programmings of a budget: each a new row beside the entry, never an edit of it,
/// sealed with the catalogue in the write's transaction. Each is first applied to the entry as the ledger has it now
/// (`Catalogue.amend`, `Catalogue.reprogram`), so what is kept is what a later read applies.
extension LedgerStore {
    /// Records amendments, all or none, in one transaction, and returns their numbers. Refused: an unknown entry or
    /// party, a value the field does not take, or a value equal to the current one (nothing would change; the same
    /// amendment typed twice).
    @discardableResult
    public func amend(_ amendments: [CatalogueAmendment]) throws(StoreError) -> [Int64] {
        try writeCatalogue { db in try amendments.map { amendment in try insertAmendment(db, amendment) } }
    }

    func insertAmendment(_ db: Database, _ amendment: CatalogueAmendment) throws -> Int64 {
        var catalogue = try catalogueAround(db, amendment.subject)
        let value = amendment.value
        if amendment.field == .executingAgency {
            try requireRow(db, table: "party", key: "id", id: value, what: "executing agency")
        }
        if amendment.field == .federation, !value.isEmpty {
            try requireRow(db, table: "federation", key: "partyId", id: value, what: "federation")
        }
        let current: String
        do { current = try catalogue.currentValue(of: amendment.field, of: amendment.subject) } catch {
            throw StoreError.unknown(what: amendment.subject.kind.rawValue, id: amendment.subject.id)
        }
        // An administration may be recorded again with the same name (a second term); another field may not.
        if current == value, amendment.field != .administration {
            throw StoreError.unchanged(subject: amendment.subject.id, field: amendment.field.rawValue, value: value)
        }
        do { try catalogue.amend(amendment, number: 0, checkingParties: false) } catch { throw StoreError.invalid(error) }
        try Self.execute(
            db,
            sql: """
                INSERT INTO catalogueAmendment (entity, entityKey, field, value, effectiveOn, reason, minutes, recordedBy, recordedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                amendment.subject.kind.rawValue, amendment.subject.id, amendment.field.rawValue, value,
                amendment.effectiveOn.isoText, amendment.reason, amendment.minutes, amendment.recordedBy,
                ISO8601DateFormatter().string(from: Date()),
            ])
        return db.lastInsertedRowID
    }

    /// Records a re-programming of a project's budget. Refused: an unknown project or line, lines that no longer add
    /// up to the approved cost, a line below what was already paid on it, a date before the project's last
    /// re-programming.
    /// With a new cost, in the same transaction: the scheme's pledges for it and a reversal of each live pledge for the
    /// old one (`CostChange`), checked by the ledger's rules like any movement; returns those movements.
    @discardableResult
    public func reprogram(_ reprogramming: BudgetReprogramming, agreedParts: [FundingRole: Int64] = [:]) throws(StoreError) -> [Movement] {
        guard reprogramming.newCost != nil else {
            try writeCatalogue { db in try insertReprogramming(db, reprogramming) }
            return []
        }
        do {
            return try write { db in
                try insertReprogramming(db, reprogramming)
                let folio = reprogramming.folio.text
                // The scheme's pledges in force: made for the old cost, not yet reversed.
                let live = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT id, schemeId FROM movement m WHERE folio = ? AND kind = 'pledge' AND schemeId IS NOT NULL
                            AND NOT EXISTS (SELECT 1 FROM movement r WHERE r.reversesId = m.id)
                        ORDER BY id
                        """, arguments: [folio])
                guard let scheme = try live.first.map({ row throws -> SchemeID in try row.storedIdentifier(1, "movement", folio) }) else {
                    throw StoreError.invalid(InputError(field: "cost", value: folio, expected: .oneOf(["an approved project"])))
                }
                var given: [String: Int64] = [:]
                for row in try Row.fetchAll(
                    db, sql: "SELECT partyId, receivedMinorUnits - refundedMinorUnits FROM projectPartyBalance WHERE folio = ?",
                    arguments: [folio])
                {
                    given[try row.stored(0, "projectPartyBalance", folio)] = try row.stored(1, "projectPartyBalance", folio)
                }
                let movements = try insert(db) { catalogue in
                    do {
                        let drafts = try CostChange.drafts(
                            folio: reprogramming.folio, schemeID: scheme, agreedParts: agreedParts,
                            livePledges: try live.map { row in try row.stored(0, "movement", folio) },
                            occurredOn: reprogramming.effectiveOn,
                            recordedBy: reprogramming.recordedBy, reason: "\(reprogramming.minutes): \(reprogramming.reason)",
                            catalogue: catalogue)
                        // A new cost never leaves a party pledged below what it already gave.
                        for case .pledge(let pledge) in drafts.map(\.body)
                        where pledge.amount.minorUnits < given[pledge.partyID.text, default: 0] {
                            throw StoreError.invalid(
                                InputError(
                                    field: "cost",
                                    value: MoneyFormatter.format(catalogue.projects[reprogramming.folio]!.approvedCost, in: .english),
                                    expected: .pledgeCoveringGiven(
                                        pledge.partyID.text,
                                        Money(minorUnits: given[pledge.partyID.text]!, currency: pledge.amount.currency))))
                        }
                        return drafts
                    } catch let error as ApprovalError {
                        throw StoreError.approval(error)
                    }
                }
                try CatalogueSeals.sealNew(SQLiteSession(db))
                return movements
            }
        } catch {
            throw error.unbatched
        }
    }

    func insertReprogramming(_ db: Database, _ reprogramming: BudgetReprogramming) throws {
        try requireRow(db, table: "project", key: "folio", id: reprogramming.folio.text, what: "project")
        var catalogue = try CatalogueLoader.load(db, onlyProjects: [reprogramming.folio], onlyClubs: [])
        var paid: [Int: Int64] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT number, paidMinorUnits FROM budgetLineBalance WHERE folio = ?", arguments: [reprogramming.folio.text])
        {
            paid[try row.stored(0, "budgetLineBalance", reprogramming.folio.text)] = try row.stored(
                1, "budgetLineBalance", reprogramming.folio.text)
        }
        do { try catalogue.reprogram(reprogramming, paidByLine: paid) } catch { throw StoreError.invalid(error) }
        try Self.execute(
            db,
            sql: """
                INSERT INTO budgetReprogramming (folio, effectiveOn, minutes, reason, recordedBy, recordedAt, approvedCostMinorUnits)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                reprogramming.folio.text, reprogramming.effectiveOn.isoText, reprogramming.minutes, reprogramming.reason,
                reprogramming.recordedBy, ISO8601DateFormatter().string(from: Date()), reprogramming.newCost?.minorUnits,
            ])
        let id = db.lastInsertedRowID
        for line in reprogramming.lines {
            try Self.execute(
                db, sql: "INSERT INTO budgetReprogrammingLine (reprogrammingId, folio, number, amountMinorUnits) VALUES (?, ?, ?, ?)",
                arguments: [id, reprogramming.folio.text, line.number, line.amount.minorUnits])
        }
    }

    /// The part of the catalogue an amendment of `subject` is checked against: the entry, with every federation and
    /// government.
    private func catalogueAround(_ db: Database, _ subject: CatalogueAmendment.Subject) throws -> Catalogue {
        switch subject {
        case .club(let id): return try CatalogueLoader.load(db, onlyProjects: [], onlyClubs: [id])
        case .project(let folio): return try CatalogueLoader.load(db, onlyProjects: [folio], onlyClubs: [])
        case .federation, .government: return try CatalogueLoader.load(db, onlyProjects: [], onlyClubs: [])
        }
    }
}
