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

extension LedgerState {
    /// A balance after a proposed movement.
    func value(_ key: BalanceKey, _ proposed: ProposedBalances) -> Int64 {
        proposed.posted(key) ?? balance(key, at: proposed.owners)
    }

    /// A club fund's money on hand after a proposed movement: what came in, less what went out. Each part is within the
    /// range, so the sum cannot overflow.
    func fund(_ club: PartyID, _ proposed: ProposedBalances) -> Int64 {
        value(.memberDonations(club), proposed) + value(.eventIncome(club), proposed) - value(.sent(club), proposed)
            - value(.fees(club), proposed)
    }

    func fundBefore(_ club: PartyID, _ proposed: ProposedBalances) -> Int64 {
        let owners = proposed.owners
        return balance(.memberDonations(club), at: owners) + balance(.eventIncome(club), at: owners)
            - balance(.sent(club), at: owners) - balance(.fees(club), at: owners)
    }
}
