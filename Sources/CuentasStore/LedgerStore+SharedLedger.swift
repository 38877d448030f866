import CuentasTables

/// A ledger file publishes the site through the same interface as a PostgreSQL ledger.
extension LedgerStore: PublishingLedger {}
