/// Compares stored balances, handed in one at a time as they are read, with a full replay of the ledger, and names every
/// one that differs. Nothing stored is kept: a national ledger has 800,000 balances, and holding both sides in
/// dictionaries took 190 MB of `check`. Only when the counts show that the replay has a balance no stored row holds are
/// the stored keys read again (`finish`), to name it.
public struct BalanceAudit {
    /// A variable only to read its accounts in place (`LedgerState.peek`): reading 800,000 balances through copies of
    /// their accounts was most of the audit's time. The audit changes nothing in it.
    private var replayed: LedgerState
    private var found: [BalanceDifference] = []
    /// Stored balances (never zero: zeros are not handed in) whose replayed value is not zero either.
    private var storedAlsoReplayed = 0
    private var projectRows = 0

    public init(replayed: LedgerState) { self.replayed = replayed }

    /// One stored balance that is not zero.
    public mutating func compare(_ key: BalanceKey, stored: Int64) {
        let expected = replayed.peek(key, at: replayed.owners(of: key))
        if expected != 0 { storedAlsoReplayed += 1 }
        if stored != expected { found.append(BalanceDifference(what: key.description, stored: "\(stored)", replayed: "\(expected)")) }
    }

    /// One project's stored status and latest live progress report.
    public mutating func compareProject(_ folio: Folio, status: ProjectStatus, latestProgress: MovementID?) {
        guard let index = replayed.projects.index(forKey: folio) else {
            found.append(BalanceDifference(what: "projectBalance \(folio.text)", stored: "a row", replayed: "no such project"))
            return
        }
        projectRows += 1
        let account = replayed.projects.values[index]
        if status != account.status {
            found.append(
                BalanceDifference(what: "projectBalance \(folio.text) status", stored: status.rawValue, replayed: account.status.rawValue))
        }
        let expected = account.latestProgress?.movementID
        if latestProgress != expected {
            found.append(
                BalanceDifference(
                    what: "projectBalance \(folio.text) progressMovementId", stored: latestProgress.map { "#\($0)" } ?? "none",
                    replayed: expected.map { "#\($0)" } ?? "none"))
        }
    }

    /// Every difference, sorted by what differs. `storedKeys` (every stored balance that is not zero) and
    /// `storedFolios` (every project with a row) are asked for only when something replayed has no stored row.
    public mutating func finish(
        storedKeys: () throws -> Set<BalanceKey>, storedFolios: () throws -> Set<Folio>
    ) rethrows -> [BalanceDifference] {
        var replayedNonZero = 0
        replayed.forEachNonZeroBalance { _, _ in replayedNonZero += 1 }
        if replayedNonZero != storedAlsoReplayed {
            let keys = try storedKeys()
            var missing: [BalanceDifference] = []
            replayed.forEachNonZeroBalance { key, value in
                if !keys.contains(key) { missing.append(BalanceDifference(what: key.description, stored: "0", replayed: "\(value)")) }
            }
            found += missing
        }
        if projectRows != replayed.projects.count {
            let folios = try storedFolios()
            for folio in replayed.projects.keys where !folios.contains(folio) {
                found.append(BalanceDifference(what: "projectBalance \(folio.text)", stored: "no row", replayed: "a project"))
            }
        }
        return found.sorted { $0.what < $1.what }
    }
}
