import CuentasCore

/// What a statement of a part of the ledger depends on, as three numbers that only grow: the last movement about it,
/// the last correction anywhere, and the catalogue's version. Equal versions mean an equal statement (for the same
/// day and language), so a server may keep the page it rendered. A correction is counted anywhere, not only of the
/// part's movements: finding which movement it corrects would cost as much as reading the part, and corrections are
/// rare.
public struct LedgerPartVersion: Hashable, Sendable {
    public let lastMovement: MovementID
    public let lastCorrection: MovementID
    public let catalogue: Int64
}

extension SessionStore {
    /// The version of a statement: a project's movements; a club's fund's and those of every project it sponsors; the
    /// movements of a municipality's projects.
    public func version(of subject: StatementSubject) throws(StoreError) -> LedgerPartVersion {
        switch subject {
        case .project(let folio):
            return try version("SELECT max(id) FROM movement WHERE folio = ?", [.text(folio.text)])
        case .club(let id):
            return try version(
                """
                SELECT max(last) FROM (SELECT max(id) AS last FROM movement WHERE partyId = ?
                    UNION ALL SELECT max(id) FROM movement WHERE folio IN (SELECT folio FROM projectClub WHERE clubId = ?)) AS parts
                """, [.text(id.text), .text(id.text)])
        case .municipality(let id):
            return try version(
                "SELECT max(id) FROM movement WHERE folio IN (SELECT folio FROM project WHERE municipalityId = ?)", [.text(id.text)])
        }
    }

    private func version(_ lastMovementSQL: String, _ arguments: [ColumnValue]) throws(StoreError) -> LedgerPartVersion {
        try reading { db in
            let last: MovementID = try db.value(lastMovementSQL, arguments) ?? 0
            // Through the partial index of corrections: a scan of the corrections alone, whatever their number (SQLite is
            // told to; PostgreSQL's planner finds it by itself).
            let corrections =
                switch db.dialect {
                case .sqlite: "SELECT max(id) FROM movement INDEXED BY movementByReversed WHERE reversesId IS NOT NULL"
                case .postgres: "SELECT max(id) FROM movement WHERE reversesId IS NOT NULL"
                }
            let correction: MovementID = try db.value(corrections) ?? 0
            return LedgerPartVersion(lastMovement: last, lastCorrection: correction, catalogue: try CatalogueVersion.read(db))
        }
    }
}
