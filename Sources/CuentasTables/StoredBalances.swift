import CuentasCore

/// The balance tables (the SQLite store's migration v7, the PostgreSQL store's v1) read into and written from a ledger
/// state, in the same transaction as the movements that change them, the same statements on both stores. Each table row holds every balance of
/// its owner (a project and party, a budget line, a project, a club fund), so a row is written whole from the state.
public enum StoredBalances {
    /// The stored balances and statuses of some projects and clubs; nil reads every row (past a few hundred owners one
    /// pass over each table costs less than looking each owner up).
    public struct Owners: Sendable {
        public var folios: Set<Folio>
        public var clubs: Set<PartyID>

        public init(folios: Set<Folio>, clubs: Set<PartyID>) {
            self.folios = folios
            self.clubs = clubs
        }
    }

    /// Every balance stored for the owners (zeros left out) handed to `balance`, and each project's stored status and
    /// latest live progress report to `project`, row by row: a national import reads 800,000 balances, which a
    /// dictionary in between held twice.
    public static func read(
        _ db: some LedgerSession, for owners: Owners?, balance: (BalanceKey, Int64) -> Void,
        project: (Folio, ProjectStatus, ProjectAccount.ProgressEntry?) -> Void
    ) throws {
        func keep(_ key: BalanceKey, _ value: Int64) { if value != 0 { balance(key, value) } }
        let byFolio = owners == nil ? "" : " WHERE folio IN " + db.dialect.listOfTexts
        let byClub = owners == nil ? "" : " WHERE clubId IN " + db.dialect.listOfTexts
        let folios: [ColumnValue] = owners.map { [.text(SQLDialect.jsonArray($0.folios.map(\.text)))] } ?? []
        let clubs: [ColumnValue] = owners.map { [.text(SQLDialect.jsonArray($0.clubs.map(\.text)))] } ?? []
        try db.forEachRow(
            "SELECT folio, partyId, committedMinorUnits, receivedMinorUnits, refundedMinorUnits FROM projectPartyBalance" + byFolio, folios
        ) { row in
            let table = "projectPartyBalance"
            let folio: Folio = try row.storedIdentifier(0, table, "?")
            let party: PartyID = try row.storedIdentifier(1, table, folio.text)
            keep(.committed(folio, party), try row.stored(2, table, "\(folio) \(party)"))
            keep(.received(folio, party), try row.stored(3, table, "\(folio) \(party)"))
            keep(.refunded(folio, party), try row.stored(4, table, "\(folio) \(party)"))
        }
        try db.forEachRow("SELECT folio, number, paidMinorUnits FROM budgetLineBalance" + byFolio, folios) { row in
            let table = "budgetLineBalance"
            let folio: Folio = try row.storedIdentifier(0, table, "?")
            let line: Int64 = try row.stored(1, table, folio.text)
            guard let number = Int(exactly: line) else { throw DamagedRow(table: table, id: folio.text, detail: "number \(line)") }
            keep(.paid(folio, line: number), try row.stored(2, table, folio.text))
        }
        try db.forEachRow(
            """
            SELECT folio, status, onHandMinorUnits, schemePledgedMinorUnits, progressMovementId, progressOn, physicalPercent
            FROM projectBalance
            """ + byFolio, folios
        ) { row in
            let table = "projectBalance"
            let folio: Folio = try row.storedIdentifier(0, table, "?")
            guard let status = ProjectStatus(rawValue: try row.stored(1, table, folio.text)) else {
                throw DamagedRow(table: table, id: folio.text, detail: "status")
            }
            keep(.onHand(folio), try row.stored(2, table, folio.text))
            keep(.schemePledged(folio), try row.stored(3, table, folio.text))
            var latest: ProjectAccount.ProgressEntry?
            if let movement: Int64 = try row.storedOptional(4, table, folio.text), !row.isNull(at: 5),
                let percent: Int64 = try row.storedOptional(6, table, folio.text), (0...100).contains(percent)
            {
                latest = ProjectAccount.ProgressEntry(
                    movementID: movement, date: try row.storedDate(5, table, folio.text), physicalPercent: Int(percent))
            }
            project(folio, status, latest)
        }
        try db.forEachRow(
            """
            SELECT clubId, memberDonationsMinorUnits, eventIncomeMinorUnits, sentMinorUnits, feesMinorUnits, inTransitMinorUnits
            FROM clubFundBalance
            """ + byClub, clubs
        ) { row in
            let table = "clubFundBalance"
            let club: PartyID = try row.storedIdentifier(0, table, "?")
            keep(.memberDonations(club), try row.stored(1, table, club.text))
            keep(.eventIncome(club), try row.stored(2, table, club.text))
            keep(.sent(club), try row.stored(3, table, club.text))
            keep(.fees(club), try row.stored(4, table, club.text))
            keep(.inTransit(club), try row.stored(5, table, club.text))
        }
    }

    /// Every stored balance and project row compared with a replay of the same ledger.
    public static func differences(_ db: some LedgerSession, from replayed: LedgerState) throws -> [BalanceDifference] {
        var audit = BalanceAudit(replayed: replayed)
        try read(db, for: nil, balance: { audit.compare($0, stored: $1) }) { folio, status, latest in
            audit.compareProject(folio, status: status, latestProgress: latest?.movementID)
        }
        return try audit.finish(
            storedKeys: {
                var keys: Set<BalanceKey> = []
                try read(db, for: nil, balance: { key, _ in keys.insert(key) }) { _, _, _ in }
                return keys
            },
            storedFolios: {
                var folios: Set<Folio> = []
                try db.forEachRow("SELECT folio FROM projectBalance", []) { row in
                    folios.insert(try row.storedIdentifier(0, "projectBalance", "?"))
                }
                return folios
            })
    }

    /// A state to check new movements against, for the projects and clubs named (every one with nil): the balances,
    /// statuses and latest progress as stored, nothing replayed.
    public static func assume(_ db: some LedgerSession, for owners: Owners?, into state: inout LedgerState) throws {
        try read(db, for: owners, balance: { state.assumeBalance($0, $1) }) { folio, status, latest in
            state.assumeStatus(status, of: folio)
            if let latest { state.assumeLatestProgress(latest, of: folio) }
        }
    }

    /// A state to list movements on (`LedgerState.listing`): the balances as stored; statuses and progress come from
    /// the movements listed.
    public static func assumeBalances(_ db: some LedgerSession, for owners: Owners?, into state: inout LedgerState) throws {
        try read(db, for: owners, balance: { state.assumeBalance($0, $1) }) { _, _, _ in }
    }

    /// Writes the rows of everything the postings touched, whole, from the state that recorded them (each project's
    /// account read once), with each touched project's status and latest live progress.
    public static func write(
        _ db: some LedgerSession, touched postings: Set<BalanceKey>, projects folios: Set<Folio>, progressOf progressFolios: Set<Folio>,
        progressReversed: Set<Folio>, from state: LedgerState
    ) throws {
        var parties: [Folio: Set<PartyID>] = [:]
        var lines: [Folio: Set<Int>] = [:]
        var allFolios = folios
        var clubs: Set<PartyID> = []
        for key in postings {
            switch key {
            case .committed(let folio, let party), .received(let folio, let party), .refunded(let folio, let party):
                parties[folio, default: []].insert(party)
            case .paid(let folio, let line): lines[folio, default: []].insert(line)
            case .onHand, .schemePledged, .memberDonations, .eventIncome, .sent, .fees, .inTransit: break
            }
            if let folio = key.folio { allFolios.insert(folio) }
            if let club = key.fundClubID { clubs.insert(club) }
        }
        let project =
            """
            INSERT INTO projectBalance (folio, status, onHandMinorUnits, schemePledgedMinorUnits) VALUES (?, ?, ?, ?)
            ON CONFLICT (folio) DO UPDATE SET status = excluded.status, onHandMinorUnits = excluded.onHandMinorUnits,
            schemePledgedMinorUnits = excluded.schemePledgedMinorUnits
            """
        let party =
            """
            INSERT INTO projectPartyBalance (folio, partyId, committedMinorUnits, receivedMinorUnits, refundedMinorUnits)
            VALUES (?, ?, ?, ?, ?) ON CONFLICT (folio, partyId) DO UPDATE SET committedMinorUnits = excluded.committedMinorUnits,
            receivedMinorUnits = excluded.receivedMinorUnits, refundedMinorUnits = excluded.refundedMinorUnits
            """
        let line =
            """
            INSERT INTO budgetLineBalance (folio, number, paidMinorUnits) VALUES (?, ?, ?)
            ON CONFLICT (folio, number) DO UPDATE SET paidMinorUnits = excluded.paidMinorUnits
            """
        for folio in allFolios {
            guard let account = state.projects[folio] else { continue }
            try db.execute(
                project,
                [
                    .text(folio.text), .text(account.status.rawValue), .integer(account.balanceMinorUnits),
                    .integer(account.schemePledgedMinorUnits),
                ])
            for id in parties[folio] ?? [] {
                try db.execute(
                    party,
                    [
                        .text(folio.text), .text(id.text), .integer(account.pledgedMinorUnits[id] ?? 0),
                        .integer(account.receivedMinorUnits[id] ?? 0), .integer(account.refundedMinorUnits[id] ?? 0),
                    ])
            }
            for number in lines[folio] ?? [] {
                try db.execute(line, [.text(folio.text), .integer(Int64(number)), .integer(account.paidByLineMinorUnits[number] ?? 0)])
            }
        }
        // The latest live progress (by date, then number) is not a sum. The state knows the stored latest and the new
        // reports; only when a reversal took a report away does the one before it come from the movements.
        let latest =
            """
            UPDATE projectBalance SET physicalPercent = ?, progressMovementId = ?, progressOn = ? WHERE folio = ?
            """
        let recomputed =
            """
            UPDATE projectBalance SET (physicalPercent, progressMovementId, progressOn) = (SELECT physicalPercent, id, occurredOn
                FROM movement m WHERE m.folio = projectBalance.folio AND kind = 'progress'
                AND NOT EXISTS (SELECT 1 FROM movement r WHERE r.reversesId = m.id) ORDER BY occurredOn DESC, id DESC LIMIT 1)
            WHERE folio = ?
            """
        for folio in progressFolios {
            if progressReversed.contains(folio) {
                try db.execute(recomputed, [.text(folio.text)])
            } else if let entry = state.projects[folio]?.latestProgress {
                try db.execute(
                    latest,
                    [.integer(Int64(entry.physicalPercent)), .integer(entry.movementID), .text(entry.date.isoText), .text(folio.text)])
            }
        }
        let fund =
            """
            INSERT INTO clubFundBalance (clubId, memberDonationsMinorUnits, eventIncomeMinorUnits, sentMinorUnits, feesMinorUnits,
            inTransitMinorUnits)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (clubId) DO UPDATE SET memberDonationsMinorUnits = excluded.memberDonationsMinorUnits,
            eventIncomeMinorUnits = excluded.eventIncomeMinorUnits, sentMinorUnits = excluded.sentMinorUnits,
            feesMinorUnits = excluded.feesMinorUnits, inTransitMinorUnits = excluded.inTransitMinorUnits
            """
        for club in clubs {
            guard let value = state.clubFunds[club] else { continue }
            try db.execute(
                fund,
                [
                    .text(club.text), .integer(value.memberDonationsMinorUnits), .integer(value.eventIncomeMinorUnits),
                    .integer(value.sentMinorUnits), .integer(value.feesMinorUnits), .integer(value.inTransitMinorUnits),
                ])
        }
    }
}
