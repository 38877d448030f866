import CuentasCore
import GRDB
import CuentasTables

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

extension LedgerStore {
    /// The version of one project's statement: its movements.
    public func version(ofProject folio: Folio) throws(StoreError) -> LedgerPartVersion {
        try version("SELECT max(id) FROM movement WHERE folio = :id", folio)
    }

    /// The version of a club's statement: its fund's movements and those of every project it sponsors.
    public func version(ofClub id: PartyID) throws(StoreError) -> LedgerPartVersion {
        try version(
            """
            SELECT max(last) FROM (SELECT max(id) AS last FROM movement WHERE partyId = :id
                UNION ALL SELECT max(id) FROM movement WHERE folio IN (SELECT folio FROM projectClub WHERE clubId = :id))
            """, id)
    }

    /// The version of a municipality's statement: the movements of its projects.
    public func version(ofMunicipality id: PartyID) throws(StoreError) -> LedgerPartVersion {
        try version("SELECT max(id) FROM movement WHERE folio IN (SELECT folio FROM project WHERE municipalityId = :id)", id)
    }

    private func version(_ lastMovementSQL: String, _ id: Identifier<some Any>) throws(StoreError) -> LedgerPartVersion {
        try read { db in
            let last = try MovementID.fetchOne(db.cachedStatement(sql: lastMovementSQL), arguments: ["id": id.text]) ?? 0
            // Through the partial index of corrections: a scan of the corrections alone, whatever their number.
            let correction =
                try MovementID.fetchOne(
                    db.cachedStatement(
                        sql: "SELECT max(id) FROM movement INDEXED BY movementByReversed WHERE reversesId IS NOT NULL")) ?? 0
            return LedgerPartVersion(lastMovement: last, lastCorrection: correction, catalogue: try Self.catalogueVersion(db))
        }
    }
}

extension LedgerStore {
    /// The version of a statement (see the three above).
    public func version(of subject: StatementSubject) throws(StoreError) -> LedgerPartVersion {
        switch subject {
        case .project(let folio): return try version(ofProject: folio)
        case .club(let id): return try version(ofClub: id)
        case .municipality(let id): return try version(ofMunicipality: id)
        }
    }
}
