/// A file about to be attached as evidence, once inspected (`EvidenceInspection`): its bytes as they will be kept (a
/// photo's location already removed unless kept on purpose) and what it is.
public struct EvidenceDraft: Sendable {
    public let folio: Folio
    public let movementID: MovementID?
    public let visitID: Int64?
    public let bytes: [UInt8]
    public let mediaType: EvidenceMediaType
    public let caption: String
    public let fileName: String
    public let keptLocation: Bool
    /// For a CFDI invoice: what was compared with its payment (`InvoiceComparison.summary`); required for XML.
    public let invoiceCheck: String?
    public let recordedBy: String

    public init(
        folio: Folio, movementID: MovementID? = nil, visitID: Int64? = nil, bytes: [UInt8], mediaType: EvidenceMediaType, caption: String,
        fileName: String, keptLocation: Bool = false, invoiceCheck: String? = nil, recordedBy: String
    ) {
        self.folio = folio
        self.movementID = movementID
        self.visitID = visitID
        self.bytes = bytes
        self.mediaType = mediaType
        self.caption = caption
        self.fileName = fileName
        self.keptLocation = keptLocation
        self.invoiceCheck = invoiceCheck
        self.recordedBy = recordedBy
    }

    /// The checks that need no library: not empty, within its kind's size, and its first bytes of the kind it claims.
    public func refusal() -> OversightRefusal? {
        if bytes.isEmpty { return .emptyFile(fileName: fileName) }
        if bytes.count > mediaType.maximumBytes {
            return .tooLarge(fileName: fileName, bytes: bytes.count, maximum: mediaType.maximumBytes)
        }
        let found = EvidenceMediaType.sniffed(bytes)
        if found != mediaType {
            return .notWhatItSays(fileName: fileName, claimed: mediaType.rawValue, found: found?.rawValue ?? "unknown")
        }
        if mediaType == .xml && invoiceCheck == nil { return .invoiceWithoutPayment(fileName: fileName) }
        return nil
    }
}
