import CuentasTables

extension StoreError {
    /// What a PostgreSQL session threw, as the store interface says it: the server's or the connection's own words.
    init(postgres error: any Error) {
        if let error = error as? PostgresStoreError {
            self = .database(error.reason)
        } else {
            self.init(shared: error)
        }
    }
}
