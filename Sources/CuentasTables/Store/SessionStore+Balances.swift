import CuentasCore

extension SessionStore {
    /// Every stored balance, status and latest progress that is not what `replayed` (a replay of the whole ledger as
    /// it is now) holds.
    public func balanceDifferences(from replayed: LedgerState) throws(StoreError) -> [BalanceDifference] {
        try reading { session in try StoredBalances.differences(session, from: replayed) }
    }
}
