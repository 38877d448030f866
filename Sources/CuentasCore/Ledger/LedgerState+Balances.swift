/// The named balances of a state: where each one lives in the accounts and funds, read and written by its key.
extension LedgerState {
    /// A balance's value (zero when nothing was ever posted on it, or its project or fund is not in this state).
    public func balance(_ key: BalanceKey) -> Int64 {
        switch key {
        case .committed(let folio, let party): return projects[folio]?.pledgedMinorUnits[party] ?? 0
        case .received(let folio, let party): return projects[folio]?.receivedMinorUnits[party] ?? 0
        case .refunded(let folio, let party): return projects[folio]?.refundedMinorUnits[party] ?? 0
        case .paid(let folio, let line): return projects[folio]?.paidByLineMinorUnits[line] ?? 0
        case .onHand(let folio): return projects[folio]?.balanceMinorUnits ?? 0
        case .schemePledged(let folio): return projects[folio]?.schemePledgedMinorUnits ?? 0
        case .memberDonations(let club): return clubFunds[club]?.memberDonationsMinorUnits ?? 0
        case .eventIncome(let club): return clubFunds[club]?.eventIncomeMinorUnits ?? 0
        case .sent(let club): return clubFunds[club]?.sentMinorUnits ?? 0
        case .fees(let club): return clubFunds[club]?.feesMinorUnits ?? 0
        }
    }

    /// Sets a balance of a project or fund this state holds (admission has made sure it does).
    mutating func setBalance(_ key: BalanceKey, to value: Int64) {
        switch key {
        case .committed(let folio, let party): projects[folio]!.pledgedMinorUnits[party] = value
        case .received(let folio, let party): projects[folio]!.receivedMinorUnits[party] = value
        case .refunded(let folio, let party): projects[folio]!.refundedMinorUnits[party] = value
        case .paid(let folio, let line): projects[folio]!.paidByLineMinorUnits[line] = value
        case .onHand(let folio): projects[folio]!.balanceMinorUnits = value
        case .schemePledged(let folio): projects[folio]!.schemePledgedMinorUnits = value
        case .memberDonations(let club): clubFunds[club]!.memberDonationsMinorUnits = value
        case .eventIncome(let club): clubFunds[club]!.eventIncomeMinorUnits = value
        case .sent(let club): clubFunds[club]!.sentMinorUnits = value
        case .fees(let club): clubFunds[club]!.feesMinorUnits = value
        }
    }

    /// Every balance of this state that is not zero: what the store must hold for the same ledger.
    public var nonZeroBalances: [BalanceKey: Int64] {
        var all: [BalanceKey: Int64] = [:]
        func keep(_ key: BalanceKey, _ value: Int64) { if value != 0 { all[key] = value } }
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
        }
        return all
    }

    /// Applies a movement's postings: checks the balances they would leave against every balance rule and, if all
    /// hold, sets them. Throws and changes nothing otherwise. Returns the postings.
    mutating func post(_ movement: Movement, reversing target: Movement?) throws(LedgerViolation) -> [Posting] {
        let postings = MovementEffects.postings(of: movement.body, reversing: target?.body)
        var after: [Int64] = []
        after.reserveCapacity(postings.count)
        for posting in postings {
            guard let value = posting.applied(to: balance(posting.balance)) else {
                throw outOfRange(posting.balance, movement)
            }
            after.append(value)
        }
        let proposed = ProposedBalances(state: self, postings: postings, after: after)
        try checkBalanceRules(proposed, movement, reversing: target)
        for (posting, value) in zip(postings, after) { setBalance(posting.balance, to: value) }
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
        guard key.folio.map({ projects[$0] != nil }) ?? (clubFunds[key.fundClubID!] != nil) else { return }
        setBalance(key, to: value)
    }

    /// Takes a project's status as stored (the status rules read only the current one).
    public mutating func assumeStatus(_ status: ProjectStatus, of folio: Folio) {
        precondition(lastMovementID == 0, "statuses are assumed before any movement is recorded")
        projects[folio]?.status = status
    }

    /// Takes earlier movements that new ones may reverse, and for those already reversed the reversal that undid them.
    public mutating func assumeEarlierMovements(_ earlier: [Movement], reversedBy reversals: [MovementID: MovementID]) {
        precondition(lastMovementID == 0, "earlier movements are assumed before any movement is recorded")
        for movement in earlier.sorted(by: { $0.id < $1.id }) { movements.append(movement) }
        for (target, reversal) in reversals { reversedBy[target] = reversal }
    }
}
