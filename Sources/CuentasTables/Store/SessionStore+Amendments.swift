import CuentasCore

/// Amendments of the catalogue and re-programmings of a budget: each a new row beside the entry, never an edit of it,
/// sealed with the catalogue in the write's transaction. Each is first applied to the entry as the ledger has it now
/// (`Catalogue.amend`, `Catalogue.reprogram`), so what is kept is what a later read applies.
extension SessionStore {
    /// Records amendments, all or none, in one transaction, and returns their numbers. Refused: an unknown entry or
    /// party, a value the field does not take, or a value equal to the current one (nothing would change; the same
    /// amendment typed twice).
    @discardableResult
    public func amend(_ amendments: [CatalogueAmendment]) throws(StoreError) -> [Int64] {
        try writingCatalogue { db in try amendments.map { amendment in try Self.insertAmendment(db, amendment) } }
    }

    static func insertAmendment(_ db: Session, _ amendment: CatalogueAmendment) throws -> Int64 {
        var catalogue = try catalogueAround(db, amendment.subject)
        let value = amendment.value
        if amendment.field == .executingAgency {
            try db.requireRow(table: "party", key: "id", id: value, what: "executing agency")
        }
        if amendment.field == .federation, !value.isEmpty {
            try db.requireRow(table: "federation", key: "partyId", id: value, what: "federation")
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
        let id = try db.nextID("catalogueAmendment")
        try db.execute(
            """
            INSERT INTO catalogueAmendment (id, entity, entityKey, field, value, effectiveOn, reason, minutes, recordedBy, recordedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(id), .text(amendment.subject.kind.rawValue), .text(amendment.subject.id), .text(amendment.field.rawValue),
                .text(value), .text(amendment.effectiveOn.isoText), .text(amendment.reason), .optional(amendment.minutes),
                .text(amendment.recordedBy), .text(RecordingTime.now()),
            ])
        return id
    }

    /// Records a re-programming of a project's budget. Refused: an unknown project or line, lines that no longer add
    /// up to the approved cost, a line below what was already paid on it, a date before the project's last
    /// re-programming.
    /// With a new cost, in the same transaction: the scheme's pledges for it and a reversal of each live pledge for the
    /// old one (`CostChange`), checked by the ledger's rules like any movement; returns those movements.
    @discardableResult
    public func reprogram(_ reprogramming: BudgetReprogramming, agreedParts: [FundingRole: Int64] = [:]) throws(StoreError) -> [Movement] {
        guard reprogramming.newCost != nil else {
            try writingCatalogue { db in try Self.insertReprogramming(db, reprogramming) }
            return []
        }
        do {
            return try writingCatalogue { db in
                try Self.insertReprogramming(db, reprogramming)
                let folio = reprogramming.folio.text
                // The scheme's pledges in force: made for the old cost, not yet reversed.
                let live = try db.rows(
                    """
                    SELECT id, schemeId FROM movement m WHERE folio = ? AND kind = 'pledge' AND schemeId IS NOT NULL
                        AND NOT EXISTS (SELECT 1 FROM movement r WHERE r.reversesId = m.id)
                    ORDER BY id
                    """, [.text(folio)])
                guard let scheme = try live.first.map({ row throws -> SchemeID in try row.storedIdentifier(1, "movement", folio) }) else {
                    throw StoreError.invalid(InputError(field: "cost", value: folio, expected: .oneOf(["an approved project"])))
                }
                var given: [String: Int64] = [:]
                for row in try db.rows(
                    "SELECT partyId, receivedMinorUnits - refundedMinorUnits FROM projectPartyBalance WHERE folio = ?", [.text(folio)])
                {
                    given[try row.stored(0, "projectPartyBalance", folio)] = try row.stored(1, "projectPartyBalance", folio)
                }
                let livePledges: [MovementID] = try live.map { row in try row.stored(0, "movement", folio) }
                let catalogue = try CatalogueLoader.load(db)
                let drafts: [MovementDraft]
                do {
                    drafts = try CostChange.drafts(
                        folio: reprogramming.folio, schemeID: scheme, agreedParts: agreedParts, livePledges: livePledges,
                        occurredOn: reprogramming.effectiveOn, recordedBy: reprogramming.recordedBy,
                        reason: "\(reprogramming.minutes): \(reprogramming.reason)", catalogue: catalogue)
                } catch let error as ApprovalError {
                    throw StoreError.approval(error)
                }
                // A new cost never leaves a party pledged below what it already gave.
                for case .pledge(let pledge) in drafts.map(\.body) where pledge.amount.minorUnits < given[pledge.partyID.text, default: 0] {
                    throw StoreError.invalid(
                        InputError(
                            field: "cost",
                            value: MoneyFormatter.format(catalogue.projects[reprogramming.folio]!.approvedCost, in: .english),
                            expected: .pledgeCoveringGiven(
                                pledge.partyID.text, Money(minorUnits: given[pledge.partyID.text]!, currency: pledge.amount.currency))))
                }
                return try recordMovements(db, drafts, catalogue: catalogue)
            }
        } catch {
            throw error.unbatched
        }
    }

    static func insertReprogramming(_ db: Session, _ reprogramming: BudgetReprogramming) throws {
        let folio = reprogramming.folio.text
        try db.requireRow(table: "project", key: "folio", id: folio, what: "project")
        var catalogue = try CatalogueLoader.load(db, onlyProjects: [reprogramming.folio], onlyClubs: [])
        var paid: [Int: Int64] = [:]
        for row in try db.rows("SELECT number, paidMinorUnits FROM budgetLineBalance WHERE folio = ?", [.text(folio)]) {
            paid[try row.stored(0, "budgetLineBalance", folio)] = try row.stored(1, "budgetLineBalance", folio)
        }
        do { try catalogue.reprogram(reprogramming, paidByLine: paid) } catch { throw StoreError.invalid(error) }
        let id = try db.nextID("budgetReprogramming")
        try db.execute(
            """
            INSERT INTO budgetReprogramming (id, folio, effectiveOn, minutes, reason, recordedBy, recordedAt, approvedCostMinorUnits)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(id), .text(folio), .text(reprogramming.effectiveOn.isoText), .text(reprogramming.minutes),
                .text(reprogramming.reason), .text(reprogramming.recordedBy), .text(RecordingTime.now()),
                .optional(reprogramming.newCost?.minorUnits),
            ])
        for line in reprogramming.lines {
            try db.execute(
                "INSERT INTO budgetReprogrammingLine (reprogrammingId, folio, number, amountMinorUnits) VALUES (?, ?, ?, ?)",
                [.integer(id), .text(folio), .integer(Int64(line.number)), .integer(line.amount.minorUnits)])
        }
    }

    /// The part of the catalogue an amendment of `subject` is checked against: the entry, with every federation and
    /// government.
    private static func catalogueAround(_ db: Session, _ subject: CatalogueAmendment.Subject) throws -> Catalogue {
        switch subject {
        case .club(let id): return try CatalogueLoader.load(db, onlyProjects: [], onlyClubs: [id])
        case .project(let folio): return try CatalogueLoader.load(db, onlyProjects: [folio], onlyClubs: [])
        case .federation, .government: return try CatalogueLoader.load(db, onlyProjects: [], onlyClubs: [])
        }
    }
}
