import CuentasCore
import CuentasIntegrity
import CuentasTables

/// The core of a PostgreSQL ledger's check, in the caller's snapshot: the catalogue and the movements read with the
/// readers both stores share, every movement's hash link, a replay of the whole ledger through the rules, and the
/// stored balances against that replay. `PostgresLedgerDatabase.fullCheck` adds the publications' heads, the catalogue's
/// seals, the writes' records and the evidence files; the copy's proof uses this part.
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
