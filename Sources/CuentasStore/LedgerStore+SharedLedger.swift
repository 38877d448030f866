import CuentasTables

/// A ledger file publishes the site and reads statements through the same interface as a PostgreSQL ledger.
extension LedgerStore: PublishingLedger, StatementReading {}
