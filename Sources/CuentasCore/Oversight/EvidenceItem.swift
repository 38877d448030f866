/// A file attached to a project as evidence: a photo of the work, the hand-over record, the committee's minutes, a bank
/// receipt, a CFDI invoice. The ledger keeps what identifies the file (its SHA-256, size and media type) and what it
/// is (caption, what it belongs to, who attached it and when); the bytes are kept content-addressed beside the ledger.
/// Recorded once, never edited; sealed into the catalogue's hash chain.
public struct EvidenceItem: Hashable, Sendable {
    public let id: Int64
    public let folio: Folio
    /// The movement it documents (a progress report, a payment, a deposit), if any.
    public let movementID: MovementID?
    /// The committee's site visit it belongs to, if any.
    public let visitID: Int64?
    /// Lowercase hexadecimal SHA-256 of the file's bytes as kept.
    public let digest: String
    public let size: Int
    public let mediaType: EvidenceMediaType
    public let caption: String
    /// The file's name as given (shown, never used as a path).
    public let fileName: String
    /// Whether the official chose to keep the photo's location (EXIF GPS), which is otherwise removed.
    public let keptLocation: Bool
    /// For a CFDI invoice checked against its payment: what was compared, as `InvoiceComparison.summary`.
    public let invoiceCheck: String?
    public let recordedBy: String
    public let recordedAt: String

    public static let maximumCaptionCharacters = 300

    public init(
        id: Int64, folio: Folio, movementID: MovementID?, visitID: Int64?, digest: String, size: Int, mediaType: EvidenceMediaType,
        caption: String, fileName: String, keptLocation: Bool, invoiceCheck: String?, recordedBy: String, recordedAt: String
    ) {
        self.id = id
        self.folio = folio
        self.movementID = movementID
        self.visitID = visitID
        self.digest = digest
        self.size = size
        self.mediaType = mediaType
        self.caption = caption
        self.fileName = fileName
        self.keptLocation = keptLocation
        self.invoiceCheck = invoiceCheck
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}
