import CuentasCore
import CuentasTables

/// A PostgreSQL ledger's statements read as a file's are: the catalogue of the projects shown, their stored balances
/// and their movements, listed, in one snapshot.
extension PostgresLedgerDatabase: StatementReading {
    public func projectState(_ folio: Folio) throws(StoreError) -> LedgerState? {
        try reading { session in
            guard try session.exists("SELECT 1 FROM project WHERE folio = ?", [.text(folio.text)]) else { return nil }
            return try listedPart(session, folios: [folio], clubs: [])
        }
    }

    public func clubState(_ id: PartyID) throws(StoreError) -> LedgerState {
        try reading { session in
            try listedPart(session, folios: try Self.folios(session, "SELECT folio FROM projectClub WHERE clubId = ?", id), clubs: [id])
        }
    }

    public func municipalityState(_ id: PartyID) throws(StoreError) -> LedgerState {
        try reading { session in
            try listedPart(session, folios: try Self.folios(session, "SELECT folio FROM project WHERE municipalityId = ?", id), clubs: [])
        }
    }

    /// Some projects and clubs as statements read them (as the SQLite store's `listedPart`): the catalogue of those
    /// projects, the stored balances of the projects, the clubs and the projects' sponsors, and the movements of the
    /// projects and of the clubs, listed.
    private func listedPart(_ session: PostgresSession, folios: Set<Folio>, clubs: Set<PartyID>) throws -> LedgerState {
        let catalogue = try keptCatalogue.part(session, onlyProjects: folios, onlyClubs: clubs)
        let everyProject = try keptCatalogue.projectCount(session) <= folios.count
        let owners: StoredBalances.Owners? =
            everyProject ? nil : .init(folios: folios, clubs: StoredMovements.donors(of: folios, and: clubs, in: catalogue))
        let part = StoredMovements.part(.postgres, folios: folios, donors: clubs, through: nil, coversEveryProject: everyProject)
        let movements = try StoredMovements.read(session, where: part.condition, part.arguments)
        return try LedgerState.listing(
            catalogue: catalogue, balances: { state in try StoredBalances.assumeBalances(session, for: owners, into: &state) },
            movements: movements)
    }
}
