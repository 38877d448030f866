/// The balances one movement would leave: each of its postings' balances after it, and every other balance as it is.
/// What the balance rules read.
struct ProposedBalances {
    let state: LedgerState
    let postings: [Posting]
    let after: [Int64]

    /// A balance after the movement.
    func value(_ key: BalanceKey) -> Int64 {
        for (posting, value) in zip(postings, after) where posting.balance == key { return value }
        return state.balance(key)
    }

    /// A balance before the movement.
    func before(_ key: BalanceKey) -> Int64 { state.balance(key) }

    /// A club fund's money on hand after the movement: what came in, less what went out. Each part is within the
    /// range, so the sum cannot overflow.
    func fund(_ club: PartyID) -> Int64 {
        value(.memberDonations(club)) + value(.eventIncome(club)) - value(.sent(club)) - value(.fees(club))
    }

    func fundBefore(_ club: PartyID) -> Int64 {
        before(.memberDonations(club)) + before(.eventIncome(club)) - before(.sent(club)) - before(.fees(club))
    }
}
