import CuentasCore
import CuentasIntegrity
import CuentasTables

/// `cuentas copy` between a ledger file and a PostgreSQL database, either way, all or nothing (`LedgerCopy`: catalogue
/// tables row for row, movements through the rules with their hashes required equal, balances from the replay).
public enum PostgresLedgerCopy {
    /// Copies `source` into this empty database, in one transaction as the only writer, references checked at its
    /// commit (`v3-deferrable-references`).
    public static func copy(
        from source: some LedgerTableSource, catalogue: Catalogue, into database: PostgresLedgerDatabase
    ) throws -> LedgerCopy.Report {
        let report = try database.session(writing: true) { session in
            guard try !LedgerCopy.holdsALedger(session) else { throw LedgerCopyError.notEmpty(database.address.database) }
            try session.execute("SET CONSTRAINTS ALL DEFERRED", [])
            return try LedgerCopy.copy(try tablesInOrder(session), from: source, catalogue: catalogue, into: session)
        }
        // The planner's statistics for the tables just filled, at once: autovacuum gathers them only a while later, and
        // until then every query is planned as if the tables were empty.
        try database.session(writing: true) { session in try session.execute("ANALYZE", []) }
        return report
    }

    /// Reads this database in one snapshot and hands it to `body` as a copy's source, with its catalogue, once it has
    /// passed `check` (a copy of a ledger that does not is refused).
    public static func reading<Result>(
        _ database: PostgresLedgerDatabase, _ body: (PostgresSession, Catalogue, PostgresLedgerCheck) throws -> Result
    ) throws -> Result {
        try database.session(writing: false) { session in
            let check = try PostgresLedgerCheck.run(in: session)
            return try body(session, check.ledger.state.catalogue, check)
        }
    }

    /// The ledger's tables, each after the tables it refers to (by its foreign keys); ties in alphabetical order.
    public static func tablesInOrder(_ session: PostgresSession) throws -> [String] {
        var waitingFor: [String: Set<String>] = [:]
        for row in try session.rows("SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema()", []) {
            if let name = row.text(at: 0) { waitingFor[name] = [] }
        }
        let references = try session.rows(
            """
            SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint
            WHERE contype = 'f' AND connamespace = current_schema()::regnamespace
            """, [])
        for row in references {
            guard let table = row.text(at: 0), let referred = row.text(at: 1), table != referred else { continue }
            waitingFor[table, default: []].insert(referred)
        }
        var ordered: [String] = []
        while !waitingFor.isEmpty {
            let ready = waitingFor.filter { $0.value.isEmpty }.keys.sorted()
            precondition(!ready.isEmpty, "the schema's foreign keys form a cycle")
            for table in ready {
                ordered.append(table)
                waitingFor[table] = nil
            }
            for table in waitingFor.keys { waitingFor[table]!.subtract(ready) }
        }
        return ordered
    }
}
