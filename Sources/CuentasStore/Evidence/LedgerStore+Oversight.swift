import CuentasTables

/// A file's evidence is kept beside it (`EvidenceFolder`); what is written about it, and read back, is written once for
/// both stores (`SessionStore`).
extension LedgerStore {
    public var evidenceFolder: EvidenceFolder { EvidenceFolder(ledgerPath: path) }
}
