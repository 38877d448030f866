/// One stored balance that is not what a full replay of the ledger gives: changed outside the program, or a fault.
public struct BalanceDifference: Sendable, Equatable, ExplainedError {
    /// The table, key and column, as in `BalanceKey.description`.
    public let what: String
    public let stored: String
    public let replayed: String

    public init(what: String, stored: String, replayed: String) {
        self.what = what
        self.stored = stored
        self.replayed = replayed
    }

    public func explanation(in language: Language) -> String {
        say(
            language, es: "saldo guardado distinto del libro: \(what) guarda \(stored), el libro repasado da \(replayed)",
            en: "stored balance differs from the ledger: \(what) holds \(stored), replaying the ledger gives \(replayed)")
    }
}
