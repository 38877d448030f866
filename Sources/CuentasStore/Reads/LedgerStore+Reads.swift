import CuentasCore
import CuentasIntegrity
import Foundation
import GRDB

/// Reading the ledger back as domain values. Reads see one consistent snapshot, even while another process writes.
extension LedgerStore {
    /// The whole catalogue, kept between calls until it changes (`CatalogueVersionCache`).
    public func catalogue() throws(StoreError) -> Catalogue {
        try read { db in try wholeCatalogue.value(db) { db in try CatalogueLoader.load(db) } }
    }

    /// The schemes, governments and federations, and only the projects named and the clubs named (nil: every club)
    /// with the projects' sponsors: what recording about a few projects needs. A national catalogue's 40,000 projects
    /// and 4,000 clubs took most of the time of recording one donation.
    public func catalogue(onlyProjects folios: Set<Folio>, onlyClubs clubs: Set<PartyID>? = nil) throws(StoreError) -> Catalogue {
        try read { db in try CatalogueLoader.load(db, onlyProjects: folios, onlyClubs: clubs, shared: try sharedParts.value(db, reading: CatalogueLoader.sharedParts)) }
    }

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
        let reading = PipelinedLedgerRead(last: last, partSize: partSize)
        defer { reading.stop() }
        reading.start { range in
            Result { () throws(StoreError) in
                try self.read { db in
                    try LedgerLoader.part(db, from: range.lowerBound, through: range.upperBound, checkingChain: checkingChain)
                }
            }
        }
        let catalogue = try self.catalogue()
        let ledger = LedgerCheck(catalogue: catalogue, movements: reading.movements)
        if let error = reading.error { throw error }
        return StoredLedgerCheck(ledger: ledger, brokenLink: reading.firstBreak, headHash: reading.headHash)
    }

    public func state() throws(StoreError) -> LedgerState { try check().state }

    /// A ledger state that holds one project's account exactly as the whole ledger would, read from only the
    /// movements that can affect it: the project's own, its sponsoring clubs' donations (a transfer is checked against
    /// the club's fund) and the corrections of either. With fewer movements every rule is at most as strict, so the
    /// replay passes whenever the whole one does; if it ever did not, the whole ledger is replayed instead.
    /// Nil when there is no such project.
    public func projectState(_ folio: Folio) throws(StoreError) -> LedgerState? {
        guard let partial = try projectCheck(folio) else { return nil }
        if partial.passed { return partial.state }
        return try state()
    }

    /// A ledger state exact for one club's statement: its fund and every project it sponsors. Reads only those
    /// projects of the catalogue.
    public func clubState(_ id: PartyID) throws(StoreError) -> LedgerState {
        try partialState(foliosSQL: "SELECT folio FROM projectClub WHERE clubId = ?", id, clubs: [id])
    }

    /// A ledger state exact for one municipality's statement: every project of the municipality.
    public func municipalityState(_ id: PartyID) throws(StoreError) -> LedgerState {
        try partialState(foliosSQL: "SELECT folio FROM project WHERE municipalityId = ?", id, clubs: [])
    }

    /// `partialCheck`'s state for the projects the query finds, or the whole ledger's if the part replayed breaks a rule.
    private func partialState(foliosSQL: String, _ id: PartyID, clubs: Set<PartyID>) throws(StoreError) -> LedgerState {
        let part = try read { db in
            let folios = Set(try String.fetchAll(db, sql: foliosSQL, arguments: [id.text]).map { text in try Folio.stored(text, "project", text) })
            let everyProject = try Int.fetchOne(db, sql: "SELECT count(*) FROM project") == folios.count
            return try Self.partialCheck(
                db, catalogue: try CatalogueLoader.load(db, onlyProjects: folios, onlyClubs: clubs, shared: try sharedParts.value(db, reading: CatalogueLoader.sharedParts)),
                folios: folios, clubs: clubs,
                coversEveryProject: everyProject)
        }
        return part.passed ? part.state : try state()
    }

    /// The replay `projectState` starts from: only the movements that can affect the project.
    func projectCheck(_ folio: Folio) throws(StoreError) -> LedgerCheck? {
        try read { db in
            // Asked first of any code `show` is given: a club or a municipality is not a project, and needs no catalogue read.
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM project WHERE folio = ?)", arguments: [folio.text]) == true
            else { return nil }
            let catalogue = try CatalogueLoader.load(db, onlyProjects: [folio], onlyClubs: [], shared: try sharedParts.value(db, reading: CatalogueLoader.sharedParts))
            guard catalogue.projects[folio] != nil else { return nil }
            return try Self.partialCheck(db, catalogue: catalogue, folios: [folio], clubs: [])
        }
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
        var donors = clubs
        for folio in folios { donors.formUnion(catalogue.projects[folio]?.sponsorClubIDs ?? []) }
        let own = "folio IN (SELECT value FROM json_each(:folios)) OR (kind = 'donation' AND partyId IN (SELECT value FROM json_each(:clubs)))"
        // A part that covers every project of the whole catalogue is read as the whole ledger, in the table's order.
        // Through the indexes, SQLite sorted every row it found in memory before handing over the first (217 MB for a
        // national import). The whole ledger adds only donations of clubs that sponsor no project, which no rule of
        // these parts reads.
        let sql = MovementColumns.selectSQL
            + (coversEveryProject
                ? " WHERE id <= :last ORDER BY id"
                : " WHERE (\(own) OR reversesId IN (SELECT id FROM movement WHERE \(own))) AND id <= :last ORDER BY id")
        let arguments: StatementArguments =
            coversEveryProject
            ? ["last": last ?? Int64.max]
            : ["folios": jsonArray(folios.map(\.text)), "clubs": jsonArray(donors.map(\.text)), "last": last ?? Int64.max]
        // Rows go straight into the replay: read into an array first, a part as large as the whole ledger was held
        // twice (the array, and the replayed state's table).
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        var failure: (any Error)?
        var texts = RepeatedTexts()
        var previous: MovementID = 0
        let movements = AnyIterator<Movement> {
            do {
                guard let row = try rows.next() else { return nil }
                return try MovementColumns.movement(from: row, sharing: &texts, after: &previous)
            } catch {
                failure = error
                return nil
            }
        }
        // Room for all of them at once when the part is the whole ledger.
        let expected = coversEveryProject ? Int(try MovementID.fetchOne(db, sql: "SELECT count(*) FROM movement") ?? 0) : 0
        let check = LedgerCheck(catalogue: catalogue, movements: IteratorSequence(movements), roomForMore: expected)
        if let failure { throw failure }
        return check
    }

    static func jsonArray(_ texts: [String]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: texts.sorted()), let text = String(data: data, encoding: .utf8) else {
            preconditionFailure("a list of texts always encodes")
        }
        return text
    }

    /// The movements recorded after the given one, in ledger order: what happened since a site was published.
    public func movements(after id: MovementID) throws(StoreError) -> [Movement] {
        try read { db in
            var movements: [Movement] = []
            let rows = try Row.fetchCursor(db, sql: MovementColumns.selectSQL + " WHERE id > ? ORDER BY id", arguments: [id])
            var texts = RepeatedTexts()
            var previous = id
            while let row = try rows.next() { movements.append(try MovementColumns.movement(from: row, sharing: &texts, after: &previous)) }
            return movements
        }
    }

    /// Some movements by number, in ledger order; numbers with no movement are left out.
    public func movements(numbered ids: Set<MovementID>) throws(StoreError) -> [Movement] {
        try read { db in
            var movements: [Movement] = []
            let sql = MovementColumns.selectSQL + " WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id"
            let list = "[" + ids.sorted().map(String.init).joined(separator: ",") + "]"
            let rows = try Row.fetchCursor(db, sql: sql, arguments: [list])
            var texts = RepeatedTexts()
            var previous: MovementID = 0
            while let row = try rows.next() { movements.append(try MovementColumns.movement(from: row, sharing: &texts, after: &previous)) }
            return movements
        }
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
            // (8.8 s alone): it runs beside it, on a connection of its own.
            let fileCheck = FileCheck(writer)
            var check = try replay(through: last, checkingChain: true)
            let state = check.ledger.state
            try snapshot.read { db in
                check.balanceDifferences = try StoredBalances.differences(db, from: state)
                check.lostPublicationHeads = try Self.lostPublicationHeads(db, last: last)
            }
            check.fileProblems = try fileCheck.problems()
            return check
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(error)
        }
    }

    /// Every publication the ledger recorded whose last movement is gone or changed. The chain is checked movement by
    /// movement, so a head that still matches proves every movement before it is as published.
    static func lostPublicationHeads(_ db: Database, last: MovementID) throws -> [LostPublicationHead] {
        let rows = try Row.fetchAll(
            db, sql: """
                SELECT p.number, p.ledgerMovements, p.ledgerHeadHash, m.hash FROM publication p
                LEFT JOIN movement m ON m.id = p.ledgerMovements WHERE p.ledgerMovements > 0 ORDER BY p.number
                """)
        return try rows.compactMap { row in
            let number: Int = try row.stored(0, "publication", "?")
            let movements: Int64 = try row.stored(1, "publication", "\(number)")
            let published: String = try row.stored(2, "publication", "\(number)")
            let stored: String? = try row.storedOptional(3, "movement", "#\(movements)")
            guard stored != published else { return nil }
            return LostPublicationHead(publication: number, movements: movements, publishedHash: published, storedHash: stored, lastMovement: last)
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

extension LedgerStore {
    /// A number that changes whenever anything is added to the catalogue (parties, projects, members, schemes), by this
    /// process or another (the command line): every catalogue table is append-only, so the sum of their largest row
    /// numbers only grows. A server keeps the catalogue in memory and reads it again only when this changes; SQLite's
    /// `PRAGMA data_version` would not do, as it is per connection and a pool hands out several.
    public func catalogueVersion() throws(StoreError) -> Int64 {
        try read { db in try Self.catalogueVersion(db) }
    }

    static func catalogueVersion(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT (SELECT ifnull(max(rowid), 0) FROM party) + (SELECT ifnull(max(rowid), 0) FROM project)
                + (SELECT ifnull(max(rowid), 0) FROM clubMember) + (SELECT ifnull(max(rowid), 0) FROM scheme)
                + (SELECT ifnull(max(rowid), 0) FROM projectClub) + (SELECT ifnull(max(rowid), 0) FROM budgetLine)
            """)) ?? 0
    }
}
