import CuentasCore

/// Auditors' observations on projects: written once, never changed, never money.
extension SessionStore {
    @discardableResult
    public func addObservation(folio: Folio, author: String, text: String) throws(StoreError) -> Observation {
        let checked = try Self.checked(text, "text", Observation.maximumCharacters, newlines: true)
        return try writingCatalogue { db in
            try Self.requireProject(db, folio)
            let writtenAt = RecordingTime.now()
            // Since v18 an observation is a complaint of the auditor's, which the project's official must answer.
            let id = try Self.insertComplaint(
                db, folio: folio, kind: "observation", origin: "auditor", author: author, writtenOn: String(writtenAt.prefix(10)),
                text: checked, recordedAt: writtenAt)
            return Observation(id: id, folio: folio, author: author, writtenAt: writtenAt, text: checked)
        }
    }

    /// A project's observations, oldest first.
    public func observations(folio: Folio) throws(StoreError) -> [Observation] {
        try reading { db in
            try db.rows(
                "SELECT id, author, recordedAt, text FROM complaint WHERE folio = ? AND origin = 'auditor' ORDER BY id", [.text(folio.text)]
            ).map { row in
                Observation(
                    id: try row.stored(0, "complaint", "?"), folio: folio, author: try row.stored(1, "complaint", "?"),
                    writtenAt: try row.stored(2, "complaint", "?"), text: try row.stored(3, "complaint", "?"))
            }
        }
    }
}
