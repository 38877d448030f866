import CuentasCore
import CuentasTables
import CuentasIntegrity
import Foundation
import GRDB

/// Reading the ledger back as domain values. Reads see one consistent snapshot, even while another process writes.
extension LedgerStore {
    public func movements() throws(StoreError) -> [Movement] {
        try read { db in try LedgerLoader.movements(db) }
    }

    /// Every movement replayed through the ledger rules, with any violations found.
    public func check() throws(StoreError) -> LedgerCheck {
        try replayWholeLedger(checkingChain: false).ledger
    }

    /// Every movement read in parts on every core and replayed as the parts come in (`PipelinedLedgerRead`). Recorded
    /// movements never change, so the movements up to the last one numbered when the read starts form one consistent
    /// ledger, whatever is recorded meanwhile.
    /// `partSize`: movements per part (tests cut a small ledger into many parts).
    func replayWholeLedger(
        checkingChain: Bool, partSize: MovementID = PipelinedLedgerRead.partSize
    ) throws(StoreError) -> StoredLedgerCheck {
        let last = try read { db in try MovementID.fetchOne(db, sql: "SELECT max(id) FROM movement") ?? 0 }
        return try replay(through: last, checkingChain: checkingChain, partSize: partSize)
    }

    /// The movements numbered up to `last`, read in parts on every core and replayed as the parts come in. The
    /// catalogue is read while the first parts are (entries are only ever added, so every movement read has its entry).
    func replay(
        through last: MovementID, checkingChain: Bool, partSize: MovementID = PipelinedLedgerRead.partSize
    ) throws(StoreError) -> StoredLedgerCheck {
        let reading = startReading(through: last, checkingChain: checkingChain, partSize: partSize)
        defer { reading.stop() }
        let catalogue = try self.catalogue()
        let ledger = LedgerCheck(catalogue: catalogue, movements: reading.movements)
        if let error = reading.error { throw error }
        return StoredLedgerCheck(ledger: ledger, brokenLink: reading.firstBreak, headHash: reading.headHash)
    }

    /// The movements numbered 1 to `last`, read in parts on every core from now on (`PipelinedLedgerRead`).
    private func startReading(
        through last: MovementID, checkingChain: Bool, partSize: MovementID = PipelinedLedgerRead.partSize
    ) -> PipelinedLedgerRead {
        let reading = PipelinedLedgerRead(last: last, partSize: partSize)
        reading.start { range in
            Result { () throws(StoreError) in
                try self.read { db in
                    try LedgerLoader.part(db, from: range.lowerBound, through: range.upperBound, checkingChain: checkingChain)
                }
            }
        }
        return reading
    }

    /// The whole ledger as statements, pages and listings read it: the stored balances, and every movement listed
    /// (`LedgerState.list`), no rule replayed. The balances and the last movement's number are read in one
    /// transaction; movements never change, so those numbered up to it, read in parts on every core, are the ones the
    /// balances sum.
    public func state() throws(StoreError) -> LedgerState {
        try read { db in
            let last = try MovementID.fetchOne(db, sql: "SELECT max(id) FROM movement") ?? 0
            let reading = startReading(through: last, checkingChain: false)
            defer { reading.stop() }
            // The catalogue and the balances are read while the first parts are.
            let catalogue = try keptCatalogue.catalogue(SQLiteSession(db))
            let state = try LedgerState.listing(
                catalogue: catalogue, balances: { state in try StoredBalances.assumeBalances(SQLiteSession(db), for: nil, into: &state) },
                movements: reading.movements)
            if let error = reading.error { throw error }
            return state
        }
    }

    /// The listed state for one project's statement and page: its stored balances and its own movements. Nil when
    /// there is no such project.
    public func projectState(_ folio: Folio) throws(StoreError) -> LedgerState? {
        try read { db in
            // Asked first of any code `show` is given: a club or a municipality is not a project, and needs no catalogue read.
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM project WHERE folio = ?)", arguments: [folio.text]) == true
            else { return nil }
            return try listedPart(db, folios: [folio], clubs: [])
        }
    }

    /// The listed state for one club's statement: its fund and every project it sponsors.
    public func clubState(_ id: PartyID) throws(StoreError) -> LedgerState {
        try read { db in
            let folios = try Self.folios(SQLiteSession(db), "SELECT folio FROM projectClub WHERE clubId = ?", id)
            return try listedPart(db, folios: folios, clubs: [id])
        }
    }

    /// The listed state for one municipality's statement: every project of the municipality.
    public func municipalityState(_ id: PartyID) throws(StoreError) -> LedgerState {
        try read { db in
            let folios = try Self.folios(SQLiteSession(db), "SELECT folio FROM project WHERE municipalityId = ?", id)
            return try listedPart(db, folios: folios, clubs: [])
        }
    }

    /// Some projects and clubs as statements read them, in one transaction: the catalogue of those projects, the
    /// stored balances of the projects, the clubs and the projects' sponsors, and the movements of the projects and
    /// of the clubs (their donations too), listed. Other clubs' donations are not read: nothing shown reads them (a
    /// replay needs a sponsor's donations to check its transfers; a listing takes its fund as stored). Reading them
    /// was most of a project page's work: each sponsor's thousand donations for a project's thirty movements.
    private func listedPart(_ db: Database, folios: Set<Folio>, clubs: Set<PartyID>) throws -> LedgerState {
        let catalogue = try keptCatalogue.part(SQLiteSession(db), onlyProjects: folios, onlyClubs: clubs)
        // Projects are never deleted, so the largest row number is their count, found without reading the table.
        let everyProject = try Int.fetchOne(db, sql: "SELECT ifnull(max(rowid), 0) FROM project") ?? 0 <= folios.count
        var sponsors = clubs
        for folio in folios { sponsors.formUnion(catalogue.projects[folio]?.sponsorClubIDs ?? []) }
        let owners: StoredBalances.Owners? = everyProject ? nil : .init(folios: folios, clubs: sponsors)
        let movements = try MovementCursor.part(db, folios: folios, donors: clubs, through: nil, coversEveryProject: everyProject)
        let state = try LedgerState.listing(
            catalogue: catalogue, balances: { state in try StoredBalances.assumeBalances(SQLiteSession(db), for: owners, into: &state) },
            movements: movements)
        if let failure = movements.failure { throw failure }
        return state
    }

    /// A replay of the part of the ledger that can affect some projects and clubs: every movement of those projects,
    /// the donations of those clubs and of the projects' sponsoring clubs (a transfer is checked against the club's
    /// fund), and the corrections of any of them. The projects' accounts and the clubs' funds come out exactly as the
    /// whole ledger would have them (a club's transfers all go to projects it sponsors: list them in `folios` too);
    /// other clubs' funds are partial. With fewer movements every rule is at most as strict, so the replay passes
    /// whenever the whole one does. `catalogue` is the whole catalogue; the state holds only `folios` of its projects.
    /// With `through`, movements after that one are left out.
    public func partialCheck(
        catalogue: Catalogue, folios: Set<Folio>, clubs: Set<PartyID>, through last: MovementID? = nil
    ) throws(StoreError) -> LedgerCheck {
        try read { db in
            try Self.partialCheck(
                db, catalogue: catalogue.keepingOnlyProjects(folios), folios: folios, clubs: clubs, through: last,
                coversEveryProject: catalogue.projects.keys.allSatisfy(folios.contains))
        }
    }

    static func partialCheck(
        _ db: Database, catalogue: Catalogue, folios: Set<Folio>, clubs: Set<PartyID>, through last: MovementID? = nil,
        coversEveryProject: Bool = false
    ) throws -> LedgerCheck {
        let donors = StoredMovements.donors(of: folios, and: clubs, in: catalogue)
        let movements = try MovementCursor.part(db, folios: folios, donors: donors, through: last, coversEveryProject: coversEveryProject)
        let check = LedgerCheck(catalogue: catalogue, movements: movements)
        if let failure = movements.failure { throw failure }
        return check
    }

    /// The movements recorded after the given one, in ledger order: what happened since a site was published.
    public func movements(after id: MovementID) throws(StoreError) -> [Movement] {
        try read { db in try MovementCursor.fetchAll(db, sql: MovementColumns.selectSQL + " WHERE id > ? ORDER BY id", arguments: [id]) }
    }

    /// Some movements by number, in ledger order; numbers with no movement are left out.
    public func movements(numbered ids: Set<MovementID>) throws(StoreError) -> [Movement] {
        try read { db in try StoredMovements.numbered(SQLiteSession(db), ids) }
    }

    /// Every rule over every movement, the hash chain recomputed from the first movement to the last, and every stored
    /// balance compared with the replay. The balances are compared in the transaction that reads the last movement's
    /// number, so that movements recorded meanwhile are in neither.
    public func fullCheck() throws(StoreError) -> StoredLedgerCheck {
        do {
            // One read transaction held open from the last movement's number to the balances (a GRDB snapshot).
            let snapshot = try writer.makeSnapshot()
            let last = try snapshot.read { db in try MovementID.fetchOne(db, sql: "SELECT max(id) FROM movement") ?? 0 }
            // SQLite's own check of the file's pages and indexes takes longer than the replay on a national ledger
            // (bench/NOTES.md): it runs beside it, on a connection of its own.
            let fileCheck = BackgroundRead(writer) { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" } }
            // The catalogue's seals, beside it too: a national catalogue has 200,000 rows.
            let sealCheck = BackgroundRead(writer) { db in try CatalogueSeals.problems(SQLiteSession(db)) }
            let recordingCheck = BackgroundRead(writer) { db in try Recordings.problems(SQLiteSession(db)) }
            var check = try replay(through: last, checkingChain: true)
            let state = check.ledger.state
            try snapshot.read { db in
                check.balanceDifferences = try StoredBalances.differences(SQLiteSession(db), from: state)
                check.lostPublicationHeads = try PublicationRows.lostHeads(SQLiteSession(db), last: last)
            }
            check.fileProblems = try fileCheck.value()
            check.catalogueProblems = try sealCheck.value()
            check.recordingProblems = try recordingCheck.value()
            check.evidenceProblems = try evidenceProblems()
            return check
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(error)
        }
    }

    /// The number of movements and the hash of the last one.
    public func ledgerHead() throws(StoreError) -> (movements: Int64, hash: String) {
        try read { db in
            let row = try Row.fetchOne(db, sql: "SELECT id, hash FROM movement ORDER BY id DESC LIMIT 1")
            return (row?["id"] ?? 0, row?["hash"] ?? HashChain.genesis)
        }
    }

    /// The stored hash of one movement (nil when there is no such movement).
    public func hash(ofMovement id: MovementID) throws(StoreError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT hash FROM movement WHERE id = ?", arguments: [id]) }
    }
}
