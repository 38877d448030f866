import CuentasPostgres

/// Where `--db` (or `$CUENTAS_DB`) says the ledger is: a SQLite file, or a PostgreSQL database by its address.
enum LedgerLocation {
    case file(String)
    case postgres(PostgresAddress)

    /// A `postgres://` text that is not a usable address is refused with what was expected of it.
    init(_ text: String) throws(PostgresStoreError) {
        guard PostgresAddress.isAddress(text) else {
            self = .file(text)
            return
        }
        switch PostgresAddress.parse(text) {
        case .success(let address): self = .postgres(address)
        case .failure(let error): throw error
        }
    }
}
