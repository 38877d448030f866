import CuentasCore

/// Reads the catalogue's amendments and budget re-programmings back and applies them, in the order they were recorded,
/// to the entries a read loaded (`Catalogue.amend`, `Catalogue.reprogram`): the one domain rule for what each changes.
public enum AmendmentLoader {
    /// Applies the amendments of the clubs and projects in `catalogue`, with the federations' and governments'
    /// (`shared`), then the re-programmings of its projects. A ledger opened read-only before v15 has none.
    /// `partialProjects`, `partialClubs`: whether the read loaded only some (then their amendments are read through the
    /// index, by key), or all (then the table is read whole, not through a list of 40,000 keys).
    static func apply(
        _ db: some LedgerSession, to catalogue: inout Catalogue, shared: SharedCatalogueParts, partialProjects: Bool, partialClubs: Bool
    ) throws {
        var own: [(number: Int64, amendment: CatalogueAmendment)] = []
        if shared.clubsOrProjectsAmended {
            own =
                try amendments(db, of: [.club], keys: partialClubs ? Set(catalogue.clubs.keys.map(\.text)) : nil)
                + amendments(db, of: [.project], keys: partialProjects ? Set(catalogue.projects.keys.map(\.text)) : nil)
        }
        // A whole read also reads amendments of entries it has (every one); a partial read only of those it loaded.
        for (number, amendment) in (shared.amendments + own).sorted(by: { $0.number < $1.number }) where catalogue.has(amendment.subject) {
            do { try catalogue.amend(amendment, number: number, checkingParties: false) } catch {
                throw DamagedRow(table: "catalogueAmendment", id: "\(number)", detail: error.explanation(in: .english))
            }
        }
        for reprogramming in shared.budgetsReprogrammed ? try reprogrammings(db, of: catalogue, partial: partialProjects) : [] {
            do { try catalogue.reprogram(reprogramming) } catch {
                throw DamagedRow(
                    table: "budgetReprogramming", id: reprogramming.folio.text, detail: error.explanation(in: .english))
            }
        }
    }

    /// The amendments of these kinds of entries, of the entries keyed `keys` (all when nil), by number. A partial read
    /// of a national catalogue names its entries, so it reads their amendments through the (entity, key) index.
    public static func amendments(
        _ db: some LedgerSession, of kinds: [CatalogueAmendment.SubjectKind], keys: Set<String>?
    ) throws -> [(number: Int64, amendment: CatalogueAmendment)] {
        let kindList = kinds.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        var sql =
            "SELECT id, entity, entityKey, field, value, effectiveOn, reason, minutes, recordedBy FROM catalogueAmendment WHERE entity IN (\(kindList))"
        var arguments: [ColumnValue] = []
        if let keys {
            if keys.isEmpty { return [] }
            sql += " AND entityKey IN " + db.dialect.listOfTexts
            arguments = [.text(SQLDialect.jsonArray(Array(keys)))]
        }
        return try db.rows(sql + " ORDER BY id", arguments).map { row in
            let number: Int64 = try row.stored(0, "catalogueAmendment", "?")
            let id = "\(number)"
            guard let kind = CatalogueAmendment.SubjectKind(rawValue: try row.stored(1, "catalogueAmendment", id)),
                let field = CatalogueAmendment.Field(rawValue: try row.stored(3, "catalogueAmendment", id)), kind.fields.contains(field)
            else { throw DamagedRow(table: "catalogueAmendment", id: id, detail: "entity and field") }
            let key: String = try row.stored(2, "catalogueAmendment", id)
            guard let subject = CatalogueAmendment.Subject(kind: kind, id: key) else {
                throw DamagedRow(table: "catalogueAmendment", id: id, detail: "entityKey \"\(key)\" is not an identifier")
            }
            let amendment = CatalogueAmendment(
                subject: subject, field: field,
                value: try row.stored(4, "catalogueAmendment", id),
                effectiveOn: try StoredText.date(try row.stored(5, "catalogueAmendment", id), "catalogueAmendment", id),
                reason: try row.stored(6, "catalogueAmendment", id), minutes: try row.storedOptional(7, "catalogueAmendment", id),
                recordedBy: try row.stored(8, "catalogueAmendment", id))
            return (number, amendment)
        }
    }

    /// The re-programmings of the catalogue's projects, in the order they were recorded.
    private static func reprogrammings(_ db: some LedgerSession, of catalogue: Catalogue, partial: Bool) throws -> [BudgetReprogramming] {
        if catalogue.projects.isEmpty { return [] }
        // The whole table for a whole read: an empty list bound to a condition that ignores it.
        let folios = partial ? SQLDialect.jsonArray(catalogue.projects.keys.map(\.text)) : "[]"
        let filter = partial ? "WHERE folio IN " + db.dialect.listOfTexts : "WHERE ? IS NOT NULL"
        var lines: [Int64: [BudgetReprogramming.LineChange]] = [:]
        for row in try db.rows(
            """
            SELECT reprogrammingId, folio, number, amountMinorUnits FROM budgetReprogrammingLine
            \(filter) ORDER BY reprogrammingId, number
            """, [.text(folios)])
        {
            let id: Int64 = try row.stored(0, "budgetReprogrammingLine", "?")
            let folio: Folio = try row.storedIdentifier(1, "budgetReprogrammingLine", "\(id)")
            guard let currency = catalogue.projects[folio]?.currency else { continue }
            let amount = try row.storedMoney(3, currency, "budgetReprogrammingLine", "\(id)")
            guard amount.minorUnits >= 0 else {
                throw DamagedRow(table: "budgetReprogrammingLine", id: "\(id)", detail: "amount")
            }
            lines[id, default: []].append(.init(number: try row.stored(2, "budgetReprogrammingLine", "\(id)"), amount: amount))
        }
        return try db.rows(
            """
            SELECT id, folio, effectiveOn, minutes, reason, recordedBy, approvedCostMinorUnits FROM budgetReprogramming
            \(filter) ORDER BY id
            """, [.text(folios)]
        ).map { row in
            let id: Int64 = try row.stored(0, "budgetReprogramming", "?")
            guard let changes = lines[id], !changes.isEmpty else {
                throw DamagedRow(table: "budgetReprogramming", id: "\(id)", detail: "no lines")
            }
            let folio: Folio = try row.storedIdentifier(1, "budgetReprogramming", "\(id)")
            var newCost: Money?
            if let minor: Int64 = try row.storedOptional(6, "budgetReprogramming", "\(id)"),
                let currency = catalogue.projects[folio]?.currency
            {
                guard minor > 0 else { throw DamagedRow(table: "budgetReprogramming", id: "\(id)", detail: "approved cost") }
                newCost = Money(minorUnits: minor, currency: currency)
            }
            return BudgetReprogramming(
                folio: folio,
                effectiveOn: try StoredText.date(try row.stored(2, "budgetReprogramming", "\(id)"), "budgetReprogramming", "\(id)"),
                lines: changes, minutes: try row.stored(3, "budgetReprogramming", "\(id)"),
                reason: try row.stored(4, "budgetReprogramming", "\(id)"),
                recordedBy: try row.stored(5, "budgetReprogramming", "\(id)"), newCost: newCost)
        }
    }
}
