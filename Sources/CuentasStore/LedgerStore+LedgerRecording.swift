import CuentasTables

/// The SQLite store records what a command records (`record`, `catalogue(onlyProjects:onlyClubs:)`).
extension LedgerStore: LedgerRecording {}
