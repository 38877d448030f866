import CuentasCore
import CuentasIntegrity
import CuentasTables

/// A PostgreSQL ledger publishes the site as a file does: every read in one snapshot, through the readers both stores
/// share. Call it from a thread that may wait (`session`).
extension PostgresLedgerDatabase: PublishingLedger {
    /// The check the SQLite store makes but for what only a file has (its pages): the chain, the rules, the stored
    /// balances, the publications' heads, the catalogue's seals, the writes' records and the evidence files.
    public func fullCheck() throws(StoreError) -> StoredLedgerCheck {
        let (check, items) = try reading { session in
            let check = try PostgresLedgerCheck.run(in: session)
            var stored = StoredLedgerCheck(ledger: check.ledger, brokenLink: check.brokenLink, headHash: check.headHash)
            stored.balanceDifferences = check.balanceDifferences
            stored.lostPublicationHeads = try PublicationRows.lostHeads(session, last: check.ledger.state.lastMovementID)
            stored.catalogueProblems = try CatalogueSeals.problems(session)
            stored.recordingProblems = try Recordings.problems(session)
            return (stored, try OversightLoader.evidence(session, where: "TRUE", []))
        }
        var stored = check
        stored.evidenceProblems = evidenceFolder.problems(of: items)
        return stored
    }

    public func state() throws(StoreError) -> LedgerState {
        try reading { session in
            let catalogue = try CatalogueLoader.load(session)
            let movements = try StoredMovements.read(session, where: "TRUE", [])
            return try LedgerState.listing(
                catalogue: catalogue, balances: { state in try StoredBalances.assumeBalances(session, for: nil, into: &state) },
                movements: movements)
        }
    }

    public func hash(ofMovement id: MovementID) throws(StoreError) -> String? {
        try reading { session in try session.rows("SELECT hash FROM movement WHERE id = ?", [.integer(id)]).first?.text(at: 0) }
    }

    public func publications() throws(StoreError) -> [PublicationRecord] {
        try reading { session in try PublicationRows.all(session) }
    }

    public func recordPublication(_ publication: PublicationRecord, files: [String: String]) throws(StoreError) {
        try writing { session in try PublicationRows.record(session, publication, files: files) }
    }

    public func amendedSubjects(afterSeal seal: Int64) throws(StoreError) -> Set<CatalogueAmendment.Subject> {
        try reading { session in try AmendedSubjects.read(session, afterSeal: seal) }
    }

    public func movements(after id: MovementID) throws(StoreError) -> [Movement] {
        try reading { session in try StoredMovements.read(session, where: "id > ?", [.integer(id)]) }
    }

    public func partialCheck(
        catalogue: Catalogue, folios: Set<Folio>, clubs: Set<PartyID>, through last: MovementID?
    ) throws(StoreError) -> LedgerCheck {
        let kept = catalogue.keepingOnlyProjects(folios)
        let part = StoredMovements.part(
            .postgres, folios: folios, donors: StoredMovements.donors(of: folios, and: clubs, in: kept), through: last,
            coversEveryProject: catalogue.projects.keys.allSatisfy(folios.contains))
        let movements = try reading { session in try StoredMovements.read(session, where: part.condition, part.arguments) }
        return LedgerCheck(catalogue: kept, movements: movements)
    }
}
