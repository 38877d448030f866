/// The balances one movement would leave: its postings and each one's balance after it. What the balance rules read,
/// with every balance the movement does not post on read from the state as it is.
struct ProposedBalances {
    let postings: [Posting]
    let after: [Int64]
    let owners: LedgerState.BalanceOwners

    /// A balance after the movement, if the movement posts on it.
    func posted(_ key: BalanceKey) -> Int64? {
        for (posting, value) in zip(postings, after) where posting.balance == key { return value }
        return nil
    }
}

/// Mutating only to read the accounts in place (`peek`): nothing here changes the state.
extension LedgerState {
    /// A balance after a proposed movement.
    mutating func value(_ key: BalanceKey, _ proposed: ProposedBalances) -> Int64 {
        proposed.posted(key) ?? peek(key, at: proposed.owners)
    }

    /// A club fund's money on hand after a proposed movement: what came in, less what went out. Each part is within the
    /// range, so the sum cannot overflow.
    mutating func fund(_ club: PartyID, _ proposed: ProposedBalances) -> Int64 {
        value(.memberDonations(club), proposed) + value(.eventIncome(club), proposed) - value(.sent(club), proposed)
            - value(.fees(club), proposed)
    }

    mutating func fundBefore(_ club: PartyID, _ proposed: ProposedBalances) -> Int64 {
        let owners = proposed.owners
        return peek(.memberDonations(club), at: owners) + peek(.eventIncome(club), at: owners)
            - peek(.sent(club), at: owners) - peek(.fees(club), at: owners)
    }
}
