import CuentasPostgres
import CuentasWeb

/// A PostgreSQL ledger serves the web app as a file does: every call through the code both stores share
/// (`SessionStore`), publishing and thumbnails through `AppLedger`'s own extension. Declared here, where the command
/// line chooses the store, so that the web target knows no database.
extension PostgresLedgerDatabase: AppLedger {}
