/// Every balance of a ledger at one point, with each project's status and latest live progress report: what the store
/// keeps, and what a full replay gives. `check` compares the two.
public struct BalanceSnapshot: Sendable, Equatable {
    /// Balances that are not zero (a balance never posted on is zero).
    public var balances: [BalanceKey: Int64]
    /// Projects whose status is not `proposed` (every project starts proposed).
    public var statuses: [Folio: ProjectStatus]
    /// The movement of each project's latest live progress report (latest by date, then by number).
    public var progress: [Folio: MovementID]

    public init(balances: [BalanceKey: Int64] = [:], statuses: [Folio: ProjectStatus] = [:], progress: [Folio: MovementID] = [:]) {
        self.balances = balances.filter { $0.value != 0 }
        self.statuses = statuses.filter { $0.value != .proposed }
        self.progress = progress
    }

    /// Where this (stored) snapshot differs from a replayed one, sorted by what differs.
    public func differences(from replayed: BalanceSnapshot) -> [BalanceDifference] {
        var found: [BalanceDifference] = []
        for key in Set(balances.keys).union(replayed.balances.keys) {
            let stored = balances[key] ?? 0
            let expected = replayed.balances[key] ?? 0
            if stored != expected { found.append(BalanceDifference(what: key.description, stored: "\(stored)", replayed: "\(expected)")) }
        }
        for folio in Set(statuses.keys).union(replayed.statuses.keys) {
            let stored = statuses[folio] ?? .proposed
            let expected = replayed.statuses[folio] ?? .proposed
            if stored != expected {
                found.append(BalanceDifference(what: "projectBalance \(folio.text) status", stored: stored.rawValue, replayed: expected.rawValue))
            }
        }
        for folio in Set(progress.keys).union(replayed.progress.keys) where progress[folio] != replayed.progress[folio] {
            found.append(BalanceDifference(
                what: "projectBalance \(folio.text) progressMovementId", stored: progress[folio].map { "#\($0)" } ?? "none",
                replayed: replayed.progress[folio].map { "#\($0)" } ?? "none"))
        }
        return found.sorted { $0.what < $1.what }
    }
}

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

extension LedgerState {
    /// The balances, statuses and progress of this state, to compare with what the store holds.
    public var balanceSnapshot: BalanceSnapshot {
        var statuses: [Folio: ProjectStatus] = [:]
        var progress: [Folio: MovementID] = [:]
        for (folio, account) in projects {
            statuses[folio] = account.status
            if let latest = account.latestProgress { progress[folio] = latest.movementID }
        }
        return BalanceSnapshot(balances: nonZeroBalances, statuses: statuses, progress: progress)
    }
}
