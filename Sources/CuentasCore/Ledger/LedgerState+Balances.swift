/// The named balances of a state: where each one lives in the accounts and funds, read and written by its key.
extension LedgerState {
    /// Where a movement's balances live: the one project and the one club fund its postings touch (every kind posts on
    /// at most one of each), found once per movement instead of once per read and write of a balance (hashing the folio
    /// was a tenth of a replay).
    struct BalanceOwners {
        let project: Dictionary<Folio, ProjectAccount>.Index?
        let fund: Dictionary<PartyID, ClubFund>.Index?
    }

    func owners(of postings: [Posting]) -> BalanceOwners {
        let folio = postings.lazy.compactMap(\.balance.folio).first
        let club = postings.lazy.compactMap(\.balance.fundClubID).first
        assert(postings.allSatisfy { ($0.balance.folio ?? folio) == folio && ($0.balance.fundClubID ?? club) == club })
        return BalanceOwners(project: folio.flatMap(projects.index(forKey:)), fund: club.flatMap(clubFunds.index(forKey:)))
    }

    /// Where one balance lives.
    func owners(of key: BalanceKey) -> BalanceOwners {
        BalanceOwners(project: key.folio.flatMap(projects.index(forKey:)), fund: key.fundClubID.flatMap(clubFunds.index(forKey:)))
    }

    /// A balance's value (zero when nothing was ever posted on it, or its project or fund is not in this state), read
    /// from a copy of its account or fund; `peek` reads in place, for the rules of a replay.
    public func balance(_ key: BalanceKey) -> Int64 {
        let owners = owners(of: key)
        if key.folio != nil {
            guard let index = owners.project else { return 0 }
            var account = projects.values[index]
            return Self.read(key, in: &account)
        }
        guard let index = owners.fund else { return 0 }
        var fund = clubFunds.values[index]
        return Self.read(key, in: &fund)
    }

    /// A balance read in place: through the accounts' modify accessor, which lends the stored account, where a plain
    /// read of `projects.values[index]` copies it out (a retain and a release of each of its tables, 5 % of a replay's
    /// time by perf). Mutating only for that: it changes nothing. The balance rules read through it.
    mutating func peek(_ key: BalanceKey, at owners: BalanceOwners) -> Int64 {
        if key.folio != nil {
            guard let index = owners.project else { return 0 }
            return Self.read(key, in: &projects.values[index])
        }
        guard let index = owners.fund else { return 0 }
        return Self.read(key, in: &clubFunds.values[index])
    }

    private static func read(_ key: BalanceKey, in account: inout ProjectAccount) -> Int64 {
        switch key {
        case .committed(_, let party): return account.pledgedMinorUnits[party] ?? 0
        case .received(_, let party): return account.receivedMinorUnits[party] ?? 0
        case .refunded(_, let party): return account.refundedMinorUnits[party] ?? 0
        case .paid(_, let line): return account.paidByLineMinorUnits[line] ?? 0
        case .onHand: return account.balanceMinorUnits
        case .schemePledged: return account.schemePledgedMinorUnits
        default: preconditionFailure("a project's balance")
        }
    }

    private static func read(_ key: BalanceKey, in fund: inout ClubFund) -> Int64 {
        switch key {
        case .memberDonations: return fund.memberDonationsMinorUnits
        case .eventIncome: return fund.eventIncomeMinorUnits
        case .sent: return fund.sentMinorUnits
        case .fees: return fund.feesMinorUnits
        case .inTransit: return fund.inTransitMinorUnits
        default: preconditionFailure("a fund's balance")
        }
    }

    /// Reads something of the movement's project in place (see `peek`).
    mutating func peekProject<T>(_ owners: BalanceOwners, _ read: (inout ProjectAccount) -> T) -> T? {
        guard let index = owners.project else { return nil }
        return read(&projects.values[index])
    }

    /// Sets a balance of a project or fund this state holds (admission has made sure it does), in place.
    mutating func setBalance(_ key: BalanceKey, to value: Int64, at owners: BalanceOwners) {
        if key.folio != nil {
            let index = owners.project!
            switch key {
            case .committed(_, let party): projects.values[index].pledgedMinorUnits[party] = value
            case .received(_, let party): projects.values[index].receivedMinorUnits[party] = value
            case .refunded(_, let party): projects.values[index].refundedMinorUnits[party] = value
            case .paid(_, let line): projects.values[index].paidByLineMinorUnits[line] = value
            case .onHand: projects.values[index].balanceMinorUnits = value
            case .schemePledged: projects.values[index].schemePledgedMinorUnits = value
            default: preconditionFailure("a project's balance")
            }
            return
        }
        let index = owners.fund!
        switch key {
        case .memberDonations: clubFunds.values[index].memberDonationsMinorUnits = value
        case .eventIncome: clubFunds.values[index].eventIncomeMinorUnits = value
        case .sent: clubFunds.values[index].sentMinorUnits = value
        case .fees: clubFunds.values[index].feesMinorUnits = value
        case .inTransit: clubFunds.values[index].inTransitMinorUnits = value
        default: preconditionFailure("a fund's balance")
        }
    }

    /// Calls `visit` with every balance of this state that is not zero: what the store must hold for the same ledger.
    public func forEachNonZeroBalance(_ visit: (BalanceKey, Int64) -> Void) {
        func keep(_ key: BalanceKey, _ value: Int64) { if value != 0 { visit(key, value) } }
        for (folio, account) in projects {
            for (party, value) in account.pledgedMinorUnits { keep(.committed(folio, party), value) }
            for (party, value) in account.receivedMinorUnits { keep(.received(folio, party), value) }
            for (party, value) in account.refundedMinorUnits { keep(.refunded(folio, party), value) }
            for (line, value) in account.paidByLineMinorUnits { keep(.paid(folio, line: line), value) }
            keep(.onHand(folio), account.balanceMinorUnits)
            keep(.schemePledged(folio), account.schemePledgedMinorUnits)
        }
        for (club, fund) in clubFunds {
            keep(.memberDonations(club), fund.memberDonationsMinorUnits)
            keep(.eventIncome(club), fund.eventIncomeMinorUnits)
            keep(.sent(club), fund.sentMinorUnits)
            keep(.fees(club), fund.feesMinorUnits)
            keep(.inTransit(club), fund.inTransitMinorUnits)
        }
    }

    /// Applies a movement's postings: checks the balances they would leave against every balance rule and, if all
    /// hold, sets them. Throws and changes nothing otherwise. Returns the postings.
    mutating func post(_ movement: Movement, reversing target: Movement?) throws(LedgerViolation) -> [Posting] {
        let postings = MovementEffects.postings(of: movement.body, reversing: target?.body)
        let owners = owners(of: postings)
        var after: [Int64] = []
        after.reserveCapacity(postings.count)
        for posting in postings {
            guard let value = posting.applied(to: peek(posting.balance, at: owners)) else {
                throw outOfRange(posting.balance, movement)
            }
            after.append(value)
        }
        let proposed = ProposedBalances(postings: postings, after: after, owners: owners)
        try checkBalanceRules(proposed, movement, reversing: target)
        for (posting, value) in zip(postings, after) { setBalance(posting.balance, to: value, at: owners) }
        return postings
    }

    func outOfRange(_ key: BalanceKey, _ movement: Movement) -> LedgerViolation {
        let currency = key.folio.flatMap { projects[$0]?.currency } ?? key.fundClubID.flatMap { clubFunds[$0]?.club.fundCurrency }
        let limit = Money(minorUnits: Money.maximumMinorUnits, currency: currency ?? CurrencyCode.mexicanPeso)
        return violation(key.folio, movement, .figureOutOfRange(limit: limit), club: key.fundClubID)
    }

    /// Takes a balance as stored instead of replaying the movements behind it: a state made to check new movements
    /// against the stored balances of what they touch. Call it before any movement is recorded.
    public mutating func assumeBalance(_ key: BalanceKey, _ value: Int64) {
        precondition(lastMovementID == 0, "balances are assumed before any movement is recorded")
        // Set through the index, in place: reading `projects[folio]` copied the account out, a tenth of a national
        // import's time. A balance of a project or fund this state does not hold is left out.
        let owners = owners(of: key)
        guard key.folio != nil ? owners.project != nil : owners.fund != nil else { return }
        setBalance(key, to: value, at: owners)
    }

    /// Takes a project's status as stored (the status rules read only the current one).
    public mutating func assumeStatus(_ status: ProjectStatus, of folio: Folio) {
        precondition(lastMovementID == 0, "statuses are assumed before any movement is recorded")
        projects[folio]?.status = status
    }

    /// Takes a project's latest live progress report as stored: a new report is compared with it.
    public mutating func assumeLatestProgress(_ latest: ProjectAccount.ProgressEntry, of folio: Folio) {
        precondition(lastMovementID == 0, "progress is assumed before any movement is recorded")
        projects[folio]?.progress = [latest]
    }

    /// Takes earlier movements that new ones may reverse or settle, for those already reversed the reversal that undid
    /// them, and for sendings already settled the live arrival or return that settled them.
    public mutating func assumeEarlierMovements(
        _ earlier: [Movement], reversedBy reversals: [MovementID: MovementID], settledBy settlements: [MovementID: MovementID] = [:]
    ) {
        precondition(lastMovementID == 0, "earlier movements are assumed before any movement is recorded")
        for movement in earlier.sorted(by: { $0.id < $1.id }) { movements.append(movement) }
        for (target, reversal) in reversals { reversedBy[target] = reversal }
        for (sending, settlement) in settlements { settledBy[sending] = settlement }
    }
}
