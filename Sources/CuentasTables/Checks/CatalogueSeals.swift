import CuentasCore
import CuentasIntegrity

/// Seals the catalogue's rows as stored, and checks them against their seals (`catalogueSeal`, migration v10), on
/// either store.
public enum CatalogueSeals {
    /// A sealed table: its name, the SQL of an entry's key, and the columns its seal covers, in a fixed order (a column
    /// a later migration adds is not in version 1 of the encoding).
    public struct Table: Sendable {
        let name: String
        let key: String
        let columns: [String]
    }

    public static let tables: [Table] = [
        Table(name: "party", key: "id", columns: ["id", "kind", "name"]),
        Table(name: "federation", key: "partyId", columns: ["partyId", "stateOfOrigin", "regionAbroad"]),
        Table(
            name: "club", key: "partyId",
            columns: [
                "partyId", "federationId", "cityAbroad", "stateAbroad", "countryAbroad", "tomaDeNotaNumber", "tomaDeNotaExpiresOn",
                "fundCurrency",
            ]),
        Table(name: "government", key: "partyId", columns: ["partyId", "level", "parentId", "countryCode"]),
        Table(name: "clubMember", key: "id", columns: ["id", "clubId", "displayName"]),
        Table(name: "scheme", key: "id", columns: ["id", "definitionJSON"]),
        Table(
            name: "project", key: "folio",
            columns: [
                "folio", "titleSpanish", "titleEnglish", "descriptionSpanish", "descriptionEnglish", "kind", "municipalityId",
                "locality", "executingAgencyId", "approvedCostMinorUnits", "currency", "proposedOn",
            ]),
        Table(name: "projectClub", key: "folio || '/' || clubId", columns: ["folio", "clubId", "position"]),
        Table(name: "budgetLine", key: "folio || '/' || number", columns: ["folio", "number", "concept", "amountMinorUnits"]),
        Table(
            name: "appUser", key: "name", columns: ["name", "role", "clubId", "municipalityId", "passwordHash", "createdAt", "createdBy"]),
        Table(name: "sponsorshipProposal", key: "folio || '/' || clubId", columns: ["folio", "clubId", "proposedBy"]),
        Table(
            name: "sponsorshipAcceptance", key: "folio || '/' || clubId",
            columns: ["folio", "clubId", "acceptedBy", "acceptedAfterMovement"]),
        Table(
            name: "clubRenewal", key: "id",
            columns: [
                "id", "clubId", "tomaDeNotaNumber", "effectiveOn", "expiresOn", "reason", "recordedBy", "recordedAt",
            ]),
        Table(name: "userAmendment", key: "id", columns: ["id", "userName", "kind", "reason", "recordedBy", "recordedAt"]),
        Table(
            name: "catalogueAmendment", key: "id",
            columns: [
                "id", "entity", "entityKey", "field", "value", "effectiveOn", "reason", "minutes", "recordedBy", "recordedAt",
            ]),
        Table(
            name: "budgetReprogramming", key: "id",
            columns: [
                "id", "folio", "effectiveOn", "minutes", "reason", "recordedBy", "recordedAt", "approvedCostMinorUnits",
            ]),
        Table(
            name: "budgetReprogrammingLine", key: "reprogrammingId || '/' || number",
            columns: [
                "reprogrammingId", "folio", "number", "amountMinorUnits",
            ]),
        Table(
            name: "userChange", key: "id",
            columns: [
                "id", "userName", "kind", "passwordHash", "role", "clubId", "municipalityId", "setupTokenHash", "expiresAt", "reason",
                "recordedBy", "recordedAt",
            ]),
        // v18: what stands beside the money (`LedgerMigrations.createOversight`).
        Table(
            name: "siteVisit", key: "id",
            columns: [
                "id", "folio", "visitedOn", "attendees", "physicalPercent", "remarks", "recordedBy", "recordedAt",
            ]),
        Table(
            name: "evidence", key: "id",
            columns: [
                "id", "folio", "movementId", "visitId", "sha256", "size", "mediaType", "caption", "fileName", "keptLocation",
                "invoiceCheck",
                "recordedBy", "recordedAt",
            ]),
        Table(name: "complaint", key: "id", columns: ["id", "folio", "kind", "origin", "author", "writtenOn", "text", "recordedAt"]),
        Table(name: "complaintAnswer", key: "complaintId", columns: ["complaintId", "answeredOn", "text", "answeredBy", "recordedAt"]),
        Table(
            name: "accountableContact", key: "id",
            columns: [
                "id", "folio", "municipalityId", "role", "office", "officer", "phone", "email", "address", "effectiveOn", "recordedBy",
                "recordedAt",
            ]),
        Table(name: "committeeScope", key: "userName || '/' || folio", columns: ["userName", "folio", "recordedBy", "recordedAt"]),
    ]

    /// Seals every catalogue row that has no seal yet, in table order, then row order; called at the end of every
    /// transaction that adds to the catalogue. It finds the new rows through the seals' (entity, key) index.
    public static func sealNew(_ db: some LedgerSession) throws {
        let last = try db.rows("SELECT number, hash FROM catalogueSeal ORDER BY number DESC LIMIT 1").first
        var previous = last?.text(at: 1) ?? HashChain.genesis
        // Numbered here, not by the database: PostgreSQL's table has no sequence (a copy keeps the file's numbers).
        var number = (last?.integer(at: 0) ?? 0) + 1
        // A ledger opened read-only before a table was added has no such rows to seal or check.
        for table in tables where try db.hasTable(table.name) {
            var unsealed: [(key: String, content: String)] = []
            // A numbered row's key is its number; PostgreSQL compares a number with a text only when told to.
            let sealKey =
                switch db.dialect {
                case .sqlite: "t.sealKey"
                case .postgres: "CAST(t.sealKey AS TEXT)"
                }
            try db.forEachRow(
                """
                SELECT * FROM (\(select(table, db.dialect))) t
                WHERE NOT EXISTS (SELECT 1 FROM catalogueSeal s WHERE s.entity = '\(table.name)' AND s.key = \(sealKey))
                """, []
            ) { row in unsealed.append(try content(row, table)) }
            for (key, content) in unsealed {
                let hash = CatalogueEncoding.hash(content: content, previousHash: previous)
                try db.execute(
                    "INSERT INTO catalogueSeal (number, entity, key, content, previousHash, hash) VALUES (?, ?, ?, ?, ?, ?)",
                    [.integer(number), .text(table.name), .text(key), .text(content), .text(previous), .text(hash)])
                previous = hash
                number += 1
            }
        }
    }

    /// A table's rows with their seal's key first, in the order they were added: SQLite's row numbers; PostgreSQL
    /// keeps no such order, so there by key.
    private static func select(_ table: Table, _ dialect: SQLDialect) -> String {
        let order =
            switch dialect {
            case .sqlite: "rowid"
            case .postgres: "sealKey"
            }
        return "SELECT \(table.key) AS sealKey, \(table.columns.joined(separator: ", ")) FROM \(table.name) ORDER BY \(order)"
    }

    /// A row's key and canonical content: text as it is, integers in decimal, nothing for NULL.
    private static func content(_ row: some StoredColumns, _ table: Table) throws(DamagedRow) -> (key: String, content: String) {
        let key = try text(row, 0, table.name) ?? ""
        var fields: [(name: String, value: String?)] = []
        for (index, column) in table.columns.enumerated() {
            fields.append((name: column, value: try text(row, index + 1, "\(table.name) \(key)")))
        }
        return (key, CatalogueEncoding.content(table: table.name, key: key, fields: fields))
    }

    private static func text(_ row: some StoredColumns, _ position: Int, _ place: String) throws(DamagedRow) -> String? {
        if row.isNull(at: position) { return nil }
        if let text = row.text(at: position) { return text }
        if let number = row.integer(at: position) { return String(number) }
        throw DamagedRow(table: place, id: "", detail: "a value of an unexpected type: \(row.shown(at: position))")
    }

    /// Every difference between the catalogue as stored and as sealed: a seal whose hash does not follow from its
    /// content and the seal before, a row changed since it was sealed (with the field), a row without a seal (added
    /// outside the program), a seal without its row (removed outside the program).
    public static func problems(_ db: some LedgerSession) throws -> [CatalogueSealProblem] {
        var problems: [CatalogueSealProblem] = []
        var sealed: [String: [String: String]] = [:]
        var previous = HashChain.genesis
        try db.forEachRow("SELECT number, entity, key, content, previousHash, hash FROM catalogueSeal ORDER BY number", []) { seal in
            let number: Int64 = try seal.stored(0, "catalogueSeal", "?")
            let entity: String = try seal.stored(1, "catalogueSeal", "\(number)")
            let key: String = try seal.stored(2, "catalogueSeal", "\(number)")
            let content: String = try seal.stored(3, "catalogueSeal", "\(number)")
            let previousHash: String = try seal.stored(4, "catalogueSeal", "\(number)")
            let hash: String = try seal.stored(5, "catalogueSeal", "\(number)")
            if previousHash != previous || CatalogueEncoding.hash(content: content, previousHash: previousHash) != hash {
                problems.append(CatalogueSealProblem(entity: entity, key: key, kind: .brokenSeal(number: number)))
            }
            previous = hash
            sealed[entity, default: [:]][key] = content
        }
        // A ledger opened read-only before a table was added has no such rows to seal or check.
        for table in tables where try db.hasTable(table.name) {
            var seals = sealed[table.name] ?? [:]
            try db.forEachRow(select(table, db.dialect), []) { row in
                let (key, content) = try Self.content(row, table)
                guard let sealedContent = seals.removeValue(forKey: key) else {
                    problems.append(CatalogueSealProblem(entity: table.name, key: key, kind: .unsealed))
                    return
                }
                if sealedContent != content { problems.append(changed(table.name, key, was: sealedContent, now: content)) }
            }
            for key in seals.keys.sorted() { problems.append(CatalogueSealProblem(entity: table.name, key: key, kind: .removed)) }
        }
        return problems
    }

    private static func changed(_ entity: String, _ key: String, was: String, now: String) -> CatalogueSealProblem {
        let before = CatalogueEncoding.fields(of: was), after = CatalogueEncoding.fields(of: now)
        for (old, new) in zip(before, after) where old.name == new.name && old.value != new.value {
            return CatalogueSealProblem(entity: entity, key: key, kind: .changed(field: old.name, sealed: old.value, stored: new.value))
        }
        return CatalogueSealProblem(entity: entity, key: key, kind: .changed(field: "?", sealed: "", stored: ""))
    }
}
