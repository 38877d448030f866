import CuentasCore

/// A signed publication as the ledger keeps it: the manifest's essentials and the hash of every file.
public struct PublicationRecord: Sendable, Equatable {
    public let number: Int
    public let publishedOn: CalendarDate
    public let asOf: CalendarDate
    public let signerName: String
    /// The signer's Ed25519 public key, base64. The private key is never stored.
    public let publicKey: String
    public let ledgerMovements: Int64
    public let ledgerHeadHash: String
    public let manifestSHA256: String
    public let signature: String

    public init(
        number: Int, publishedOn: CalendarDate, asOf: CalendarDate, signerName: String, publicKey: String, ledgerMovements: Int64,
        ledgerHeadHash: String, manifestSHA256: String, signature: String
    ) {
        self.number = number
        self.publishedOn = publishedOn
        self.asOf = asOf
        self.signerName = signerName
        self.publicKey = publicKey
        self.ledgerMovements = ledgerMovements
        self.ledgerHeadHash = ledgerHeadHash
        self.manifestSHA256 = manifestSHA256
        self.signature = signature
    }
}
