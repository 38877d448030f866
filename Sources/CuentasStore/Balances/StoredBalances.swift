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

    /// Every balance stored for the owners, each project's stored status and latest progress. Zeros are left out.
    static func read(_ db: Database, for owners: Owners?) throws -> BalanceSnapshot {
        var balances: [BalanceKey: Int64] = [:]
        var statuses: [Folio: ProjectStatus] = [:]
        var progress: [Folio: MovementID] = [:]
        func keep(_ key: BalanceKey, _ value: Int64) { if value != 0 { balances[key] = value } }
        let byFolio = owners == nil ? "" : " WHERE folio IN (SELECT value FROM json_each(:folios))"
        let byClub = owners == nil ? "" : " WHERE clubId IN (SELECT value FROM json_each(:clubs))"
        let arguments: StatementArguments =
            owners.map {
                ["folios": LedgerStore.jsonArray($0.folios.map(\.text)), "clubs": LedgerStore.jsonArray($0.clubs.map(\.text))]
            } ?? [:]
        let parties = try Row.fetchCursor(
            db, sql: "SELECT folio, partyId, committedMinorUnits, receivedMinorUnits, refundedMinorUnits FROM projectPartyBalance" + byFolio,
            arguments: arguments)
        while let row = try parties.next() {
            let folio = Folio(trusted: row[0])
            let party = PartyID(trusted: row[1])
            keep(.committed(folio, party), row[2])
            keep(.received(folio, party), row[3])
            keep(.refunded(folio, party), row[4])
        }
        let lines = try Row.fetchCursor(db, sql: "SELECT folio, number, paidMinorUnits FROM budgetLineBalance" + byFolio, arguments: arguments)
        while let row = try lines.next() { keep(.paid(Folio(trusted: row[0]), line: row[1]), row[2]) }
        let projects = try Row.fetchCursor(
            db, sql: "SELECT folio, status, onHandMinorUnits, schemePledgedMinorUnits, progressMovementId FROM projectBalance" + byFolio, arguments: arguments)
        while let row = try projects.next() {
            let folio = Folio(trusted: row[0])
            guard let status = ProjectStatus(rawValue: row[1]) else {
                throw StoreError.corruptRow(table: "projectBalance", id: folio.text, detail: "status")
            }
            statuses[folio] = status
            keep(.onHand(folio), row[2])
            keep(.schemePledged(folio), row[3])
            if let movement: MovementID = row[4] { progress[folio] = movement }
        }
        let funds = try Row.fetchCursor(
            db, sql: "SELECT clubId, memberDonationsMinorUnits, eventIncomeMinorUnits, sentMinorUnits, feesMinorUnits FROM clubFundBalance" + byClub,
            arguments: arguments)
        while let row = try funds.next() {
            let club = PartyID(trusted: row[0])
            keep(.memberDonations(club), row[1])
            keep(.eventIncome(club), row[2])
            keep(.sent(club), row[3])
            keep(.fees(club), row[4])
        }
        return BalanceSnapshot(balances: balances, statuses: statuses, progress: progress)
    }

    /// Writes the rows of everything the postings touched, whole, from the state that recorded them, and each touched
    /// project's status and latest live progress (read back from the movements just inserted: not a sum).
    static func write(
        _ db: Database, touched postings: Set<BalanceKey>, projects folios: Set<Folio>, progressOf progressFolios: Set<Folio>,
        from state: LedgerState
    ) throws {
        var parties: Set<[String]> = []
        var lines: Set<[String]> = []
        var allFolios = folios
        var clubs: Set<PartyID> = []
        for key in postings {
            switch key {
            case .committed(let folio, let party), .received(let folio, let party), .refunded(let folio, let party):
                parties.insert([folio.text, party.text])
            case .paid(let folio, let line): lines.insert([folio.text, String(line)])
            case .onHand, .schemePledged: break
            case .memberDonations, .eventIncome, .sent, .fees: break
            }
            if let folio = key.folio { allFolios.insert(folio) }
            if let club = key.fundClubID { clubs.insert(club) }
        }
        let party = try db.cachedStatement(sql: """
            INSERT INTO projectPartyBalance (folio, partyId, committedMinorUnits, receivedMinorUnits, refundedMinorUnits)
            VALUES (?, ?, ?, ?, ?) ON CONFLICT (folio, partyId) DO UPDATE SET committedMinorUnits = excluded.committedMinorUnits,
            receivedMinorUnits = excluded.receivedMinorUnits, refundedMinorUnits = excluded.refundedMinorUnits
            """)
        for pair in parties {
            let folio = Folio(trusted: pair[0])
            let id = PartyID(trusted: pair[1])
            try party.execute(arguments: [
                pair[0], pair[1], state.balance(.committed(folio, id)), state.balance(.received(folio, id)),
                state.balance(.refunded(folio, id)),
            ])
        }
        let line = try db.cachedStatement(sql: """
            INSERT INTO budgetLineBalance (folio, number, paidMinorUnits) VALUES (?, ?, ?)
            ON CONFLICT (folio, number) DO UPDATE SET paidMinorUnits = excluded.paidMinorUnits
            """)
        for pair in lines {
            let number = Int(pair[1])!
            try line.execute(arguments: [pair[0], number, state.balance(.paid(Folio(trusted: pair[0]), line: number))])
        }
        let project = try db.cachedStatement(sql: """
            INSERT INTO projectBalance (folio, status, onHandMinorUnits, schemePledgedMinorUnits) VALUES (?, ?, ?, ?)
            ON CONFLICT (folio) DO UPDATE SET status = excluded.status, onHandMinorUnits = excluded.onHandMinorUnits,
            schemePledgedMinorUnits = excluded.schemePledgedMinorUnits
            """)
        for folio in allFolios {
            guard let account = state.projects[folio] else { continue }
            try project.execute(arguments: [folio.text, account.status.rawValue, account.balanceMinorUnits, account.schemePledgedMinorUnits])
        }
        // The latest live progress by date is not a sum: a reversal of the latest brings back the one before it, which
        // only the movements know.
        let progress = try db.cachedStatement(sql: """
            UPDATE projectBalance SET (physicalPercent, progressMovementId) = (SELECT physicalPercent, id FROM movement m
                WHERE m.folio = projectBalance.folio AND kind = 'progress'
                AND NOT EXISTS (SELECT 1 FROM movement r WHERE r.reversesId = m.id) ORDER BY occurredOn DESC, id DESC LIMIT 1)
            WHERE folio = ?
            """)
        for folio in progressFolios { try progress.execute(arguments: [folio.text]) }
        let fund = try db.cachedStatement(sql: """
            INSERT INTO clubFundBalance (clubId, memberDonationsMinorUnits, eventIncomeMinorUnits, sentMinorUnits, feesMinorUnits)
            VALUES (?, ?, ?, ?, ?) ON CONFLICT (clubId) DO UPDATE SET memberDonationsMinorUnits = excluded.memberDonationsMinorUnits,
            eventIncomeMinorUnits = excluded.eventIncomeMinorUnits, sentMinorUnits = excluded.sentMinorUnits,
            feesMinorUnits = excluded.feesMinorUnits
            """)
        for club in clubs {
            guard let value = state.clubFunds[club] else { continue }
            try fund.execute(arguments: [
                club.text, value.memberDonationsMinorUnits, value.eventIncomeMinorUnits, value.sentMinorUnits, value.feesMinorUnits,
            ])
        }
    }
}

extension LedgerStore {
    /// Every stored balance, status and latest progress: what `check` compares with a full replay.
    public func storedBalances() throws(StoreError) -> BalanceSnapshot {
        try read { db in try StoredBalances.read(db, for: nil) }
    }
}
