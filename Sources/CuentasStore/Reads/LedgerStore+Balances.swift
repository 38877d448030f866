import CuentasCore
import CuentasTables

extension LedgerStore {
    /// Every stored balance, status and latest progress that is not what `replayed` (a replay of the whole ledger as
    /// it is now) holds.
    public func balanceDifferences(from replayed: LedgerState) throws(StoreError) -> [BalanceDifference] {
        try read { db in try StoredBalances.differences(SQLiteSession(db), from: replayed) }
    }
}
