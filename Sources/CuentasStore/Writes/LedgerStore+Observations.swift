import CuentasCore
import Foundation
import GRDB
import CuentasTables

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
        return try writeCatalogue { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM project WHERE folio = ?", arguments: [folio.text]) == true else {
                throw StoreError.unknown(what: "project", id: folio.text)
            }
            let writtenAt = ISO8601DateFormatter().string(from: Date())
            // Since v18 an observation is a complaint of the auditor's, which the project's official must answer.
            try db.execute(
                sql:
                    "INSERT INTO complaint (folio, kind, origin, author, writtenOn, text, recordedAt) VALUES (?, 'observation', 'auditor', ?, ?, ?, ?)",
                arguments: [folio.text, author, String(writtenAt.prefix(10)), checked, writtenAt])
            return Observation(id: db.lastInsertedRowID, folio: folio, author: author, writtenAt: writtenAt, text: checked)
        }
    }

    /// A project's observations, oldest first.
    public func observations(folio: Folio) throws(StoreError) -> [Observation] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT id, author, recordedAt, text FROM complaint WHERE folio = ? AND origin = 'auditor' ORDER BY id",
                arguments: [folio.text]
            ).map { row in
                Observation(
                    id: try row.stored(0, "complaint", "?"), folio: folio, author: try row.stored(1, "complaint", "?"),
                    writtenAt: try row.stored(2, "complaint", "?"), text: try row.stored(3, "complaint", "?"))
            }
        }
    }
}
