import CuentasCore
import CuentasIntegrity
import CuentasTables

/// `cuentas check` on a PostgreSQL ledger, in one snapshot: the catalogue and the movements read with the readers both
/// stores share, every movement's hash link, a replay of the whole ledger through the rules, and the stored balances
/// against that replay. (The SQLite store's check also verifies the catalogue's seals, the writes' records, the
/// publications' heads, the evidence files and the file's pages; those are not checked on PostgreSQL yet.)
public struct PostgresLedgerCheck: Sendable {
    public let ledger: LedgerCheck
    /// The first movement whose hashes do not match, if any.
    public let brokenLink: (id: MovementID, reason: HashChain.BrokenLink)?
    public let headHash: String
    public let balanceDifferences: [BalanceDifference]

    public var passed: Bool { ledger.passed && brokenLink == nil && balanceDifferences.isEmpty }

    public static func run(_ database: PostgresLedgerDatabase) throws -> PostgresLedgerCheck {
        try database.session(writing: false) { session in try run(in: session) }
    }

    static func run(in session: PostgresSession) throws -> PostgresLedgerCheck {
        let catalogue = try CatalogueLoader.load(session)
        var movements: [Movement] = []
        var verifier = HashChain.Verifier(previousStoredHash: HashChain.genesis)
        var head = HashChain.genesis
        var previous: MovementID = 0
        var texts = RepeatedTexts()
        try session.forEachRow(MovementColumns.selectSQL + " ORDER BY id", []) { row in
            let movement = try MovementColumns.movement(from: row, sharing: &texts, after: &previous)
            let (previousHash, hash) = MovementColumns.hashes(of: row)
            _ = verifier.check(movement, previousHash: previousHash, hash: hash)
            head = hash
            movements.append(movement)
        }
        let ledger = LedgerCheck(catalogue: catalogue, movements: movements)
        return PostgresLedgerCheck(
            ledger: ledger, brokenLink: verifier.firstBreak, headHash: head,
            balanceDifferences: try StoredBalances.differences(session, from: ledger.state))
    }
}
