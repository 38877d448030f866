import CuentasPostgres
import CuentasWeb

/// A PostgreSQL ledger serves the web app as a file does: every call through the code both stores share
/// (`SessionStore`), publishing and thumbnails through `AppLedger`'s own extension. Declared in a target of its own, so
/// that the web target knows no database, and both `cuentas serve` and the web tests serve a database through it.
extension PostgresLedgerDatabase: AppLedger {}
