import CuentasCore
import CuentasTables

extension PostgresLedgerDatabase {
    /// Records movements through the ledger's rules, in order, all or nothing, as the only writer: the same recording
    /// as the SQLite store's (`MovementRecorder`: the part of the catalogue and the stored balances the drafts touch,
    /// the rules, the hash chain, the rows, the balances, the write's record), in one transaction. Each donation gets a
    /// receipt code. Call it from a thread that may wait (`session`).
    public func record(_ drafts: [MovementDraft]) throws -> [Movement] {
        try session(writing: true) { session in
            let recorder = MovementRecorder(session)
            let targets = try ReversalTargets(session, of: drafts)
            let catalogue = try recorder.catalogue(for: drafts, targets: targets)
            var rows = PostgresMovementRows(session)
            var recorded: [Movement] = []
            try recorder.insert(drafts, catalogue: catalogue, targets: targets, issuingReceipts: true, into: &rows) { recorded.append($0) }
            return recorded
        }
    }
}
