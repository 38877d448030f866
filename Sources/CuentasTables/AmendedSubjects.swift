import CuentasCore

/// The entries changed by amendments, re-programmings, renewals and oversight records sealed after a seal number:
/// what a re-publish must render again besides what new movements changed. Read through the seals, which number every
/// catalogue entry in the order it was added.
public enum AmendedSubjects {
    public static func read(_ db: some LedgerSession, afterSeal seal: Int64) throws -> Set<CatalogueAmendment.Subject> {
        var subjects: Set<CatalogueAmendment.Subject> = []
        let rows = try db.rows(
            """
            SELECT entity, key FROM catalogueSeal WHERE number > ?
                AND entity IN ('catalogueAmendment', 'budgetReprogramming', 'clubRenewal', 'evidence', 'siteVisit', 'complaint',
                    'complaintAnswer', 'accountableContact')
            """, [.integer(seal)])
        for row in rows {
            let entity: String = try row.stored(0, "catalogueSeal", "?")
            let key: String = try row.stored(1, "catalogueSeal", "?")
            subjects.formUnion(try self.subjects(db, entity: entity, key: key))
        }
        return subjects
    }

    /// What one sealed entry changed. Keys are kept as text in the seals; the tables' own keys are whole numbers.
    private static func subjects(_ db: some LedgerSession, entity: String, key: String) throws -> [CatalogueAmendment.Subject] {
        guard let number = Int64(key) else { throw DamagedRow(table: "catalogueSeal", id: key, detail: "key \(key) of \(entity)") }
        let id: [ColumnValue] = [.integer(number)]
        switch entity {
        case "catalogueAmendment":
            guard let amended = try db.rows("SELECT entity, entityKey FROM catalogueAmendment WHERE id = ?", id).first else { return [] }
            let kindText: String = try amended.stored(0, "catalogueAmendment", key)
            guard let kind = CatalogueAmendment.SubjectKind(rawValue: kindText) else { return [] }
            let code: String = try amended.stored(1, "catalogueAmendment", key)
            guard let subject = CatalogueAmendment.Subject(kind: kind, id: code) else {
                throw DamagedRow(table: "catalogueAmendment", id: key, detail: "entityKey \"\(code)\" is not an identifier")
            }
            return [subject]
        case "budgetReprogramming", "evidence", "siteVisit", "complaint", "complaintAnswer":
            // What stands beside a project's money shows on its page and its municipality's.
            let sql =
                entity == "complaintAnswer"
                ? "SELECT folio FROM complaint WHERE id = ?" : "SELECT folio FROM \(entity) WHERE id = ?"
            guard let row = try db.rows(sql, id).first else { return [] }
            return [.project(try row.storedIdentifier(0, entity == "complaintAnswer" ? "complaint" : entity, key))]
        case "accountableContact":
            guard let row = try db.rows("SELECT folio, municipalityId FROM accountableContact WHERE id = ?", id).first else { return [] }
            var subjects: [CatalogueAmendment.Subject] = []
            if let folio: Folio = try row.storedOptionalIdentifier(0, "accountableContact", key) { subjects.append(.project(folio)) }
            if let municipality: PartyID = try row.storedOptionalIdentifier(1, "accountableContact", key) {
                subjects.append(.government(municipality))
            }
            return subjects
        default:
            guard let row = try db.rows("SELECT clubId FROM clubRenewal WHERE id = ?", id).first else { return [] }
            return [.club(try row.storedIdentifier(0, "clubRenewal", key))]
        }
    }
}
