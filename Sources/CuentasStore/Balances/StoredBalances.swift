import CuentasCore
import GRDB

/// The balance tables (migration v7) read into and written from a ledger state. Each table row holds every balance of
/// its owner (a project and party, a budget line, a project, a club fund), so a row is written whole from the state.
struct StoredBalances {
    /// The stored balances and statuses of some projects and clubs; nil reads every row (past a few hundred owners one
    /// pass over each table costs less than looking each owner up).
    struct Owners {
        var folios: Set<Folio>
        var clubs: Set<PartyID>
    }

    /// Every balance stored for the owners (zeros left out) handed to `balance`, and each project's stored status and
    /// latest live progress report to `project`, row by row: a national import reads 800,000 balances, which a
    /// dictionary in between held twice.
    static func read(
        _ db: Database, for owners: Owners?, balance: (BalanceKey, Int64) -> Void,
        project: (Folio, ProjectStatus, ProjectAccount.ProgressEntry?) -> Void
    ) throws {
        func keep(_ key: BalanceKey, _ value: Int64) { if value != 0 { balance(key, value) } }
        let byFolio = owners == nil ? "" : " WHERE folio IN (SELECT value FROM json_each(:folios))"
        let byClub = owners == nil ? "" : " WHERE clubId IN (SELECT value FROM json_each(:clubs))"
        let arguments: StatementArguments =
            owners.map {
                ["folios": LedgerStore.jsonArray($0.folios.map(\.text)), "clubs": LedgerStore.jsonArray($0.clubs.map(\.text))]
            } ?? [:]
        let parties = try Row.fetchCursor(
            db,
            sql: "SELECT folio, partyId, committedMinorUnits, receivedMinorUnits, refundedMinorUnits FROM projectPartyBalance" + byFolio,
            arguments: arguments)
        while let row = try parties.next() {
            let folio: Folio = try row.storedIdentifier(0, "projectPartyBalance", "?")
            let party: PartyID = try row.storedIdentifier(1, "projectPartyBalance", folio.text)
            keep(.committed(folio, party), try row.stored(2, "projectPartyBalance", "\(folio) \(party)"))
            keep(.received(folio, party), try row.stored(3, "projectPartyBalance", "\(folio) \(party)"))
            keep(.refunded(folio, party), try row.stored(4, "projectPartyBalance", "\(folio) \(party)"))
        }
        let lines = try Row.fetchCursor(
            db, sql: "SELECT folio, number, paidMinorUnits FROM budgetLineBalance" + byFolio, arguments: arguments)
        while let row = try lines.next() {
            let folio: Folio = try row.storedIdentifier(0, "budgetLineBalance", "?")
            keep(.paid(folio, line: try row.stored(1, "budgetLineBalance", folio.text)), try row.stored(2, "budgetLineBalance", folio.text))
        }
        let projects = try Row.fetchCursor(
            db,
            sql: """
                SELECT folio, status, onHandMinorUnits, schemePledgedMinorUnits, progressMovementId, progressOn, physicalPercent
                FROM projectBalance
                """ + byFolio, arguments: arguments)
        while let row = try projects.next() {
            let folio: Folio = try row.storedIdentifier(0, "projectBalance", "?")
            guard let status = ProjectStatus(rawValue: try row.stored(1, "projectBalance", folio.text)) else {
                throw StoreError.corruptRow(table: "projectBalance", id: folio.text, detail: "status")
            }
            keep(.onHand(folio), try row.stored(2, "projectBalance", folio.text))
            keep(.schemePledged(folio), try row.stored(3, "projectBalance", folio.text))
            var latest: ProjectAccount.ProgressEntry?
            if let movement: MovementID = try row.storedOptional(4, "projectBalance", folio.text),
                let date: String = try row.storedOptional(5, "projectBalance", folio.text),
                let percent: Int = try row.storedOptional(6, "projectBalance", folio.text), (0...100).contains(percent)
            {
                latest = ProjectAccount.ProgressEntry(
                    movementID: movement, date: try CatalogueLoader.date(date, "projectBalance", folio.text), physicalPercent: percent)
            }
            project(folio, status, latest)
        }
        let funds = try Row.fetchCursor(
            db,
            sql:
                "SELECT clubId, memberDonationsMinorUnits, eventIncomeMinorUnits, sentMinorUnits, feesMinorUnits, inTransitMinorUnits FROM clubFundBalance"
                + byClub,
            arguments: arguments)
        while let row = try funds.next() {
            let club: PartyID = try row.storedIdentifier(0, "clubFundBalance", "?")
            keep(.memberDonations(club), try row.stored(1, "clubFundBalance", club.text))
            keep(.eventIncome(club), try row.stored(2, "clubFundBalance", club.text))
            keep(.sent(club), try row.stored(3, "clubFundBalance", club.text))
            keep(.fees(club), try row.stored(4, "clubFundBalance", club.text))
            keep(.inTransit(club), try row.stored(5, "clubFundBalance", club.text))
        }
    }

    /// Every stored balance and project row compared with a replay of the same ledger.
    static func differences(_ db: Database, from replayed: LedgerState) throws -> [BalanceDifference] {
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
                Set(
                    try String.fetchAll(db, sql: "SELECT folio FROM projectBalance").map { text in
                        try Folio.stored(text, "projectBalance", text)
                    })
            })
    }

    /// A state to check new movements against, for the projects and clubs named (every one with nil): the balances,
    /// statuses and latest progress as stored, nothing replayed.
    static func assume(_ db: Database, for owners: Owners?, into state: inout LedgerState) throws {
        try read(db, for: owners, balance: { state.assumeBalance($0, $1) }) { folio, status, latest in
            state.assumeStatus(status, of: folio)
            if let latest { state.assumeLatestProgress(latest, of: folio) }
        }
    }

    /// A state to list movements on (`LedgerState.listing`): the balances as stored; statuses and progress come from
    /// the movements listed.
    static func assumeBalances(_ db: Database, for owners: Owners?, into state: inout LedgerState) throws {
        try read(db, for: owners, balance: { state.assumeBalance($0, $1) }) { _, _, _ in }
    }

    /// Writes the rows of everything the postings touched, whole, from the state that recorded them (each project's
    /// account read once), with each touched project's status and latest live progress.
    static func write(
        _ db: Database, touched postings: Set<BalanceKey>, projects folios: Set<Folio>, progressOf progressFolios: Set<Folio>,
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
        let project = try db.cachedStatement(
            sql: """
                INSERT INTO projectBalance (folio, status, onHandMinorUnits, schemePledgedMinorUnits) VALUES (?, ?, ?, ?)
                ON CONFLICT (folio) DO UPDATE SET status = excluded.status, onHandMinorUnits = excluded.onHandMinorUnits,
                schemePledgedMinorUnits = excluded.schemePledgedMinorUnits
                """)
        let party = try db.cachedStatement(
            sql: """
                INSERT INTO projectPartyBalance (folio, partyId, committedMinorUnits, receivedMinorUnits, refundedMinorUnits)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (folio, partyId) DO UPDATE SET committedMinorUnits = excluded.committedMinorUnits,
                receivedMinorUnits = excluded.receivedMinorUnits, refundedMinorUnits = excluded.refundedMinorUnits
                """)
        let line = try db.cachedStatement(
            sql: """
                INSERT INTO budgetLineBalance (folio, number, paidMinorUnits) VALUES (?, ?, ?)
                ON CONFLICT (folio, number) DO UPDATE SET paidMinorUnits = excluded.paidMinorUnits
                """)
        for folio in allFolios {
            guard let account = state.projects[folio] else { continue }
            try project.execute(arguments: [
                folio.text, account.status.rawValue, account.balanceMinorUnits, account.schemePledgedMinorUnits,
            ])
            for id in parties[folio] ?? [] {
                try party.execute(arguments: [
                    folio.text, id.text, account.pledgedMinorUnits[id] ?? 0, account.receivedMinorUnits[id] ?? 0,
                    account.refundedMinorUnits[id] ?? 0,
                ])
            }
            for number in lines[folio] ?? [] {
                try line.execute(arguments: [folio.text, number, account.paidByLineMinorUnits[number] ?? 0])
            }
        }
        // The latest live progress (by date, then number) is not a sum. The state knows the stored latest and the new
        // reports; only when a reversal took a report away does the one before it come from the movements.
        let latest = try db.cachedStatement(
            sql: """
                UPDATE projectBalance SET physicalPercent = ?, progressMovementId = ?, progressOn = ? WHERE folio = ?
                """)
        let recomputed = try db.cachedStatement(
            sql: """
                UPDATE projectBalance SET (physicalPercent, progressMovementId, progressOn) = (SELECT physicalPercent, id, occurredOn
                    FROM movement m WHERE m.folio = projectBalance.folio AND kind = 'progress'
                    AND NOT EXISTS (SELECT 1 FROM movement r WHERE r.reversesId = m.id) ORDER BY occurredOn DESC, id DESC LIMIT 1)
                WHERE folio = ?
                """)
        for folio in progressFolios {
            if progressReversed.contains(folio) {
                try recomputed.execute(arguments: [folio.text])
            } else if let entry = state.projects[folio]?.latestProgress {
                try latest.execute(arguments: [entry.physicalPercent, entry.movementID, entry.date.isoText, folio.text])
            }
        }
        let fund = try db.cachedStatement(
            sql: """
                INSERT INTO clubFundBalance (clubId, memberDonationsMinorUnits, eventIncomeMinorUnits, sentMinorUnits, feesMinorUnits,
                inTransitMinorUnits)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (clubId) DO UPDATE SET memberDonationsMinorUnits = excluded.memberDonationsMinorUnits,
                eventIncomeMinorUnits = excluded.eventIncomeMinorUnits, sentMinorUnits = excluded.sentMinorUnits,
                feesMinorUnits = excluded.feesMinorUnits, inTransitMinorUnits = excluded.inTransitMinorUnits
                """)
        for club in clubs {
            guard let value = state.clubFunds[club] else { continue }
            try fund.execute(arguments: [
                club.text, value.memberDonationsMinorUnits, value.eventIncomeMinorUnits, value.sentMinorUnits, value.feesMinorUnits,
                value.inTransitMinorUnits,
            ])
        }
    }
}

extension LedgerStore {
    /// Every stored balance, status and latest progress that is not what `replayed` (a replay of the whole ledger as
    /// it is now) holds.
    public func balanceDifferences(from replayed: LedgerState) throws(StoreError) -> [BalanceDifference] {
        try read { db in try StoredBalances.differences(db, from: replayed) }
    }
}
