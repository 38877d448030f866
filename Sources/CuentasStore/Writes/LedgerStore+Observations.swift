import CuentasCore
import Foundation
import GRDB

/// Auditors' observations on projects: written once, never changed, never money.
extension LedgerStore {
    @discardableResult
    public func addObservation(folio: Folio, author: String, text: String) throws(StoreError) -> Observation {
        let checked: String
        do {
            checked = try TextLimits.validated(text, field: "text", maximumCharacters: Observation.maximumCharacters, allowsNewlines: true)
        } catch {
            throw StoreError.invalid(error)
        }
        return try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM project WHERE folio = ?", arguments: [folio.text]) == true else {
                throw StoreError.unknown(what: "project", id: folio.text)
            }
            let writtenAt = ISO8601DateFormatter().string(from: Date())
            try db.execute(
                sql: "INSERT INTO observation (folio, author, writtenAt, text) VALUES (?, ?, ?, ?)",
                arguments: [folio.text, author, writtenAt, checked])
            return Observation(id: db.lastInsertedRowID, folio: folio, author: author, writtenAt: writtenAt, text: checked)
        }
    }

    /// A project's observations, oldest first.
    public func observations(folio: Folio) throws(StoreError) -> [Observation] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM observation WHERE folio = ? ORDER BY id", arguments: [folio.text]).map { row in
                Observation(
                    id: try row.stored("id", "observation", "?"), folio: folio, author: try row.stored("author", "observation", "?"),
                    writtenAt: try row.stored("writtenAt", "observation", "?"), text: try row.stored("text", "observation", "?"))
            }
        }
    }
}
