/// An imported file as the ledger remembers it: the SHA-256 of its bytes, its kind, and who imported it.
public struct ImportedFile: Sendable {
    public let sha256: String
    public let kind: String
    public let recordedBy: String

    public init(sha256: String, kind: String, recordedBy: String) {
        self.sha256 = sha256
        self.kind = kind
        self.recordedBy = recordedBy
    }
}
