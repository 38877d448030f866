import CuentasCore
import CuentasEvidence
import Foundation
import Testing

/// The sample's evidence files (SampleData/evidence, made by make_evidence.py).
enum SampleEvidence {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SampleData/evidence")
    static func bytes(_ name: String) -> [UInt8] { Array(try! Data(contentsOf: folder.appendingPathComponent(name))) }
    static let photoWithLocation = "obra-linea-de-conduccion.jpg"
    static let invoice = "factura-D206666D.xml"
    static let handOver = "acta-entrega-recepcion-AER-CANON-2024-002.pdf"

    /// The sample payment the invoice belongs to.
    static func payment(
        uuid: String = "D206666D-E3B0-4E33-AA1F-000000000007", rfc: String = "IHZ150612AB3", minorUnits: Int64 = 840_000_00,
        currency: CurrencyCode = .mexicanPeso
    ) -> Payment {
        Payment(
            folio: Identifier(trusted: "3X1-2024-002"), budgetLine: 2, payee: "Ingeniería Hidráulica Zacatecana SC", payeeTaxID: rfc,
            amount: Money(minorUnits: minorUnits, currency: currency), invoiceUUID: uuid, overrunReason: nil)
    }
}

@Suite struct PhotoLocationTests {
    @Test func theGPSBlockIsRemovedAndNothingElseMoves() {
        let original = SampleEvidence.bytes(SampleEvidence.photoWithLocation)
        #expect(PhotoLocation.hasLocation(original))
        let result = PhotoLocation.removed(from: original, mediaType: .jpeg)
        #expect(result.removed)
        #expect(!PhotoLocation.hasLocation(result.bytes))
        // Zeroed in place: the same length, and the image data after the metadata untouched.
        #expect(result.bytes.count == original.count)
        #expect(result.bytes.suffix(original.count / 2) == original.suffix(original.count / 2))
        // The latitude's degrees (22/1 as a TIFF rational) are no longer anywhere in the file.
        let degrees: [UInt8] = [0, 0, 0, 22, 0, 0, 0, 1]
        let littleEndian: [UInt8] = [22, 0, 0, 0, 1, 0, 0, 0]
        #expect(contains(original, degrees) || contains(original, littleEndian))
        #expect(!contains(result.bytes, degrees) && !contains(result.bytes, littleEndian))
        // Still a whole photo.
        #expect(PhotoLibrary.decodedSize(result.bytes)?.width == 640)
    }

    @Test func aPhotoWithoutLocationIsLeftAsItIs() {
        let original = SampleEvidence.bytes("obra-tanque-elevado.jpg")
        #expect(!PhotoLocation.hasLocation(original))
        #expect(PhotoLocation.removed(from: original, mediaType: .jpeg).bytes == original)
    }

    private func contains(_ bytes: [UInt8], _ pattern: [UInt8]) -> Bool {
        guard bytes.count >= pattern.count else { return false }
        for start in 0...(bytes.count - pattern.count) where bytes[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
        return false
    }
}

@Suite struct ThumbnailTests {
    @Test func aThumbnailIsSmallUprightAndCarriesNoMetadata() throws {
        let thumbnail = try #require(PhotoLibrary.thumbnail(SampleEvidence.bytes(SampleEvidence.photoWithLocation)))
        let size = try #require(PhotoLibrary.decodedSize(Array(thumbnail)))
        #expect(size.width <= Int(PhotoLibrary.thumbnailWidth) && size.height <= Int(PhotoLibrary.thumbnailHeight))
        #expect(size.width == 320 && size.height == 240)
        #expect(thumbnail.count < 30_000)
        #expect(!PhotoLocation.hasLocation(Array(thumbnail)))
        #expect(!Array(thumbnail).starts(with: [0xFF, 0xD8, 0xFF, 0xE1]), "no EXIF segment right after the start")
    }

    @Test func aDamagedPhotoHasNoThumbnail() {
        let truncated = Array(SampleEvidence.bytes("obra-tanque-elevado.jpg").prefix(3_000))
        #expect(PhotoLibrary.decodedSize(truncated) == nil)
        #expect(PhotoLibrary.thumbnail(Array("not a photo".utf8)) == nil)
    }
}

@Suite struct CFDIInvoiceTests {
    @Test func theSampleInvoiceIsReadAndAgreesWithItsPayment() throws {
        let invoice = try CFDIInvoice.read(SampleEvidence.bytes(SampleEvidence.invoice), fileName: "f.xml")
        #expect(invoice.uuid == "D206666D-E3B0-4E33-AA1F-000000000007")
        #expect(invoice.issuerTaxID == "IHZ150612AB3")
        #expect(invoice.total == 840_000_00)
        #expect(invoice.currency == "MXN")
        let comparison = InvoiceComparison(invoice: invoice, payment: SampleEvidence.payment())
        #expect(comparison.agrees)
        #expect(comparison.summary.contains("IHZ150612AB3") && comparison.summary.contains("840,000.00"))
    }

    /// Each field that disagrees is named, with both values.
    @Test func eachDisagreeingFieldIsNamed() throws {
        let invoice = try CFDIInvoice.read(SampleEvidence.bytes(SampleEvidence.invoice), fileName: "f.xml")
        let otherUUID = InvoiceComparison(invoice: invoice, payment: SampleEvidence.payment(uuid: "624A622B-85AF-4442-AD2E-000000000006"))
        #expect(
            otherUUID.disagreements == [
                .uuid(invoice: "D206666D-E3B0-4E33-AA1F-000000000007", payment: "624A622B-85AF-4442-AD2E-000000000006")
            ])
        let otherRFC = InvoiceComparison(invoice: invoice, payment: SampleEvidence.payment(rfc: "CCV1703149K2"))
        #expect(otherRFC.disagreements == [.issuerTaxID(invoice: "IHZ150612AB3", payment: "CCV1703149K2")])
        let otherTotal = InvoiceComparison(invoice: invoice, payment: SampleEvidence.payment(minorUnits: 840_000_01))
        #expect(
            otherTotal.disagreements == [
                .total(
                    invoice: Money(minorUnits: 840_000_00, currency: .mexicanPeso),
                    payment: Money(minorUnits: 840_000_01, currency: .mexicanPeso))
            ])
        let otherCurrency = InvoiceComparison(invoice: invoice, payment: SampleEvidence.payment(currency: .usDollar))
        #expect(otherCurrency.disagreements == [.currency(invoice: "MXN", payment: "USD")])
        let all = InvoiceComparison(
            invoice: invoice,
            payment: SampleEvidence.payment(uuid: "624A622B-85AF-4442-AD2E-000000000006", rfc: "CCV1703149K2", minorUnits: 1))
        #expect(all.disagreements.count == 3)
        let message = OversightRefusal.invoiceDisagrees(fileName: "f.xml", 225, all.disagreements).explanation(in: .english)
        #expect(message.contains("UUID") && message.contains("RFC") && message.contains("total") && message.contains("#225"))
    }

    @Test(arguments: [
        ("<a/>", "cfdi:Comprobante"),
        ("not xml at all", "well-formed"),
        (
            """
            <cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" Version="3.3" Total="1" Moneda="MXN"/>
            """, "Version"
        ),
        (
            """
            <cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" Version="4.0" Total="1.005" Moneda="MXN"><cfdi:Emisor Rfc="X"/></cfdi:Comprobante>
            """, "Total"
        ),
        (
            """
            <cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" Version="4.0" Total="1.00" Moneda="MXN"><cfdi:Emisor Rfc="X"/></cfdi:Comprobante>
            """, "stamp"
        ),
    ])
    func whatIsNotAStampedCFDIIsRefused(text: String, named: String) {
        #expect {
            _ = try CFDIInvoice.read(Array(text.utf8), fileName: "f.xml")
        } throws: { error in
            (error as? OversightRefusal)?.explanation(in: .english).contains(named) == true
        }
    }

    /// An entity declared to read a local file is neither expanded nor fetched.
    @Test func entitiesAreNotExpanded() throws {
        let text = String(decoding: SampleEvidence.bytes(SampleEvidence.invoice), as: UTF8.self)
            .replacingOccurrences(
                of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                with: "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            )
            .replacingOccurrences(of: "Rfc=\"IHZ150612AB3\"", with: "Rfc=\"&e;\"")
        let invoice = try? CFDIInvoice.read(Array(text.utf8), fileName: "f.xml")
        #expect(invoice?.issuerTaxID.contains("root") != true)
    }
}

@Suite struct EvidenceInspectionTests {
    private func draft(
        _ bytes: [UInt8], _ name: String, movement: MovementID? = nil, payment: Payment? = nil, keep: Bool = false
    ) throws -> EvidenceDraft {
        try EvidenceInspection.draft(
            bytes: bytes, fileName: name, folio: Identifier(trusted: "3X1-2024-002"), movementID: movement, visitID: nil, payment: payment,
            caption: "c", keepLocation: keep, recordedBy: "t")
    }

    @Test func aPhotoLosesItsLocationUnlessKeptOnPurpose() throws {
        let bytes = SampleEvidence.bytes(SampleEvidence.photoWithLocation)
        #expect(!PhotoLocation.hasLocation(try draft(bytes, "a.jpg").bytes))
        let kept = try draft(bytes, "a.jpg", keep: true)
        #expect(kept.bytes == bytes && kept.keptLocation)
    }

    @Test func aFileThatIsNotWhatItsNameSaysIsRefused() {
        let pdf = SampleEvidence.bytes(SampleEvidence.handOver)
        #expect(throws: OversightRefusal.notWhatItSays(fileName: "foto.jpg", claimed: "image/jpeg", found: "application/pdf")) {
            try draft(pdf, "foto.jpg")
        }
        #expect(throws: OversightRefusal.self) { try draft(pdf, "acta.docx") }
        let truncated = Array(SampleEvidence.bytes("obra-tanque-elevado.jpg").prefix(3_000))
        #expect(throws: OversightRefusal.unreadablePhoto(fileName: "t.jpg", detail: "not a whole JPEG image")) {
            try draft(truncated, "t.jpg")
        }
        #expect(throws: OversightRefusal.emptyFile(fileName: "e.pdf")) { try draft([], "e.pdf") }
    }

    @Test func aFileOverItsKindsLimitIsRefused() {
        let large = Array("%PDF-1.4\n".utf8) + [UInt8](repeating: 0x20, count: EvidenceMediaType.pdf.maximumBytes)
        #expect(throws: OversightRefusal.tooLarge(fileName: "big.pdf", bytes: large.count, maximum: EvidenceMediaType.pdf.maximumBytes)) {
            try draft(large, "big.pdf")
        }
    }

    @Test func anInvoiceMustBeOnItsPaymentAndAgreeWithIt() throws {
        let invoice = SampleEvidence.bytes(SampleEvidence.invoice)
        #expect(throws: OversightRefusal.invoiceWithoutPayment(fileName: "f.xml")) { try draft(invoice, "f.xml") }
        let checked = try draft(invoice, "f.xml", movement: 225, payment: SampleEvidence.payment())
        #expect(checked.invoiceCheck?.contains("D206666D-E3B0-4E33-AA1F-000000000007") == true)
        #expect(throws: OversightRefusal.self) {
            try draft(invoice, "f.xml", movement: 224, payment: SampleEvidence.payment(uuid: "624A622B-85AF-4442-AD2E-000000000006"))
        }
    }
}
