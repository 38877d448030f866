import CuentasCore

/// What a file offered as evidence must pass before it is kept: it is what its name says (first bytes, and a photo
/// decodes whole), within its kind's size, a photo's location removed unless kept on purpose, and an invoice read and
/// compared with its payment. Used by the command line, the web form and the CSV import alike.
public enum EvidenceInspection {
    /// - Parameters:
    ///   - payment: the payment the file is attached to, when it is one (an invoice must be); `movementID` is nil for a
    ///     payment not recorded yet (a row of an import).
    public static func draft(
        bytes: [UInt8], fileName: String, folio: Folio, movementID: MovementID?, visitID: Int64?, payment: Payment?, caption: String,
        keepLocation: Bool, recordedBy: String
    ) throws(OversightRefusal) -> EvidenceDraft {
        guard let claimed = EvidenceMediaType.claimed(byName: fileName) else {
            throw .notWhatItSays(fileName: fileName, claimed: "?", found: EvidenceMediaType.sniffed(bytes)?.rawValue ?? "unknown")
        }
        var kept = bytes
        var invoiceCheck: String?
        let preliminary = EvidenceDraft(
            folio: folio, movementID: movementID, visitID: visitID, bytes: bytes, mediaType: claimed, caption: caption, fileName: fileName,
            invoiceCheck: claimed == .xml ? "pending" : nil, recordedBy: recordedBy)
        if let refusal = preliminary.refusal() { throw refusal }
        switch claimed {
        case .jpeg, .png:
            guard PhotoLibrary.decodedSize(bytes) != nil else {
                throw .unreadablePhoto(fileName: fileName, detail: claimed == .jpeg ? "not a whole JPEG image" : "not a whole PNG image")
            }
            if !keepLocation { kept = PhotoLocation.removed(from: bytes, mediaType: claimed).bytes }
        case .xml:
            guard let payment else { throw .invoiceWithoutPayment(fileName: fileName) }
            let comparison = InvoiceComparison(invoice: try CFDIInvoice.read(bytes, fileName: fileName), payment: payment)
            guard comparison.agrees else { throw .invoiceDisagrees(fileName: fileName, movementID, comparison.disagreements) }
            invoiceCheck = comparison.summary
        case .pdf:
            break
        }
        return EvidenceDraft(
            folio: folio, movementID: movementID, visitID: visitID, bytes: kept, mediaType: claimed, caption: caption, fileName: fileName,
            keptLocation: keepLocation && claimed.isPhoto, invoiceCheck: invoiceCheck, recordedBy: recordedBy)
    }
}
