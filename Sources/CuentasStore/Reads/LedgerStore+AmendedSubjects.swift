import CuentasCore
import GRDB

extension LedgerStore {
    /// The entries changed by amendments, re-programmings and renewals sealed after seal number `seal`: what a
    /// re-publish must render again besides what new movements changed. Read through the seals, which number every
    /// catalogue entry in the order it was added.
    public func amendedSubjects(afterSeal seal: Int64) throws(StoreError) -> Set<CatalogueAmendment.Subject> {
        try read { db in
            var subjects: Set<CatalogueAmendment.Subject> = []
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT entity, key FROM catalogueSeal WHERE number > ?
                        AND entity IN ('catalogueAmendment', 'budgetReprogramming', 'clubRenewal', 'evidence', 'siteVisit', 'complaint',
                            'complaintAnswer', 'accountableContact')
                    """, arguments: [seal])
            for row in rows {
                let entity: String = try row.stored(0, "catalogueSeal", "?")
                let key: String = try row.stored(1, "catalogueSeal", "?")
                switch entity {
                case "catalogueAmendment":
                    if let amended = try Row.fetchOne(
                        db, sql: "SELECT entity, entityKey FROM catalogueAmendment WHERE id = ?", arguments: [key]),
                        let kind = CatalogueAmendment.SubjectKind(rawValue: try amended.stored(0, "catalogueAmendment", key))
                    {
                        let code: String = try amended.stored(1, "catalogueAmendment", key)
                        guard let subject = CatalogueAmendment.Subject(kind: kind, id: code) else {
                            throw StoreError.corruptRow(
                                table: "catalogueAmendment", id: key, detail: "entityKey \"\(code)\" is not an identifier")
                        }
                        subjects.insert(subject)
                    }
                case "budgetReprogramming":
                    if let folio = try String.fetchOne(db, sql: "SELECT folio FROM budgetReprogramming WHERE id = ?", arguments: [key]) {
                        subjects.insert(.project(try Folio.stored(folio, "budgetReprogramming", key)))
                    }
                case "evidence", "siteVisit", "complaint":
                    // What stands beside a project's money shows on its page and its municipality's.
                    if let folio = try String.fetchOne(db, sql: "SELECT folio FROM \(entity) WHERE id = ?", arguments: [key]) {
                        subjects.insert(.project(try Folio.stored(folio, entity, key)))
                    }
                case "complaintAnswer":
                    if let folio = try String.fetchOne(db, sql: "SELECT folio FROM complaint WHERE id = ?", arguments: [key]) {
                        subjects.insert(.project(try Folio.stored(folio, "complaint", key)))
                    }
                case "accountableContact":
                    if let row = try Row.fetchOne(
                        db, sql: "SELECT folio, municipalityId FROM accountableContact WHERE id = ?", arguments: [key])
                    {
                        if let folio: Folio = try row.storedOptionalIdentifier(0, "accountableContact", key) {
                            subjects.insert(.project(folio))
                        }
                        if let municipality: PartyID = try row.storedOptionalIdentifier(1, "accountableContact", key) {
                            subjects.insert(.government(municipality))
                        }
                    }
                default:
                    if let club = try String.fetchOne(db, sql: "SELECT clubId FROM clubRenewal WHERE id = ?", arguments: [key]) {
                        subjects.insert(.club(try PartyID.stored(club, "clubRenewal", key)))
                    }
                }
            }
            return subjects
        }
    }
}
