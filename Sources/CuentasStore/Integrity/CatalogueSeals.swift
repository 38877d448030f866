import CuentasCore
import CuentasIntegrity
import GRDB
import CuentasTables

/// Seals the catalogue's rows as stored, and checks them against their seals (`catalogueSeal`, migration v10).
enum CatalogueSeals {
    /// A sealed table: its name, the SQL of an entry's key, and the columns its seal covers, in a fixed order (a column
    /// a later migration adds is not in version 1 of the encoding).
    struct Table: Sendable {
        let name: String
        let key: String
        let columns: [String]
    }

    static let tables: [Table] = [
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
    static func sealNew(_ db: Database) throws {
        var previous = try String.fetchOne(db, sql: "SELECT hash FROM catalogueSeal ORDER BY number DESC LIMIT 1") ?? HashChain.genesis
        let insert = try db.cachedStatement(
            sql: "INSERT INTO catalogueSeal (entity, key, content, previousHash, hash) VALUES (?, ?, ?, ?, ?)")
        // A ledger opened read-only before a table was added has no such rows to seal or check.
        for table in tables where try db.tableExists(table.name) {
            for row in try unsealedRows(db, table) {
                let (key, content) = try Self.content(row, table)
                let hash = CatalogueEncoding.hash(content: content, previousHash: previous)
                try insert.execute(arguments: [table.name, key, content, previous, hash])
                previous = hash
            }
        }
    }

    private static func unsealedRows(_ db: Database, _ table: Table) throws -> [Row] {
        try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT * FROM (SELECT \(table.key) AS sealKey, \(table.columns.joined(separator: ", ")) FROM \(table.name) ORDER BY rowid) t
                    WHERE NOT EXISTS (SELECT 1 FROM catalogueSeal s WHERE s.entity = '\(table.name)' AND s.key = t.sealKey)
                    """))
    }

    /// A row's key and canonical content.
    private static func content(_ row: Row, _ table: Table) throws -> (key: String, content: String) {
        let key = try text(row[0] as DatabaseValue, table.name) ?? ""
        let fields = try table.columns.enumerated().map { index, column in
            (name: column, value: try text(row[index + 1] as DatabaseValue, "\(table.name) \(key)"))
        }
        return (key, CatalogueEncoding.content(table: table.name, key: key, fields: fields))
    }

    /// A stored value as the seal writes it: text as it is, integers in decimal, nothing for NULL.
    private static func text(_ value: DatabaseValue, _ place: String) throws -> String? {
        switch value.storage {
        case .null: return nil
        case .int64(let number): return String(number)
        case .string(let text): return text
        case .double, .blob:
            throw StoreError.corruptRow(table: place, id: "", detail: "a value of an unexpected type: \(value)")
        }
    }

    /// Every difference between the catalogue as stored and as sealed: a seal whose hash does not follow from its
    /// content and the seal before, a row changed since it was sealed (with the field), a row without a seal (added
    /// outside the program), a seal without its row (removed outside the program).
    static func problems(_ db: Database) throws -> [CatalogueSealProblem] {
        var problems: [CatalogueSealProblem] = []
        var sealed: [String: [String: String]] = [:]
        var previous = HashChain.genesis
        let seals = try Row.fetchCursor(
            db, sql: "SELECT number, entity, key, content, previousHash, hash FROM catalogueSeal ORDER BY number")
        while let seal = try seals.next() {
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
        for table in tables where try db.tableExists(table.name) {
            var seals = sealed[table.name] ?? [:]
            let rows = try Row.fetchCursor(
                db, sql: "SELECT \(table.key) AS sealKey, \(table.columns.joined(separator: ", ")) FROM \(table.name) ORDER BY rowid")
            while let row = try rows.next() {
                let (key, content) = try Self.content(row, table)
                guard let sealedContent = seals.removeValue(forKey: key) else {
                    problems.append(CatalogueSealProblem(entity: table.name, key: key, kind: .unsealed))
                    continue
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
