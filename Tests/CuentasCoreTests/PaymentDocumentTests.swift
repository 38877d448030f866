import CuentasCore
import Testing

/// The shapes of a payment's documents: the contractor's RFC and the invoice's folio fiscal (UUID).
@Suite struct PaymentDocumentTests {
    @Test(arguments: [
        ("CTO880101AB1", "CTO880101AB1"), ("cto880101ab1", "CTO880101AB1"), ("  GOML800101XY9\t", "GOML800101XY9"),
        ("A&B880101AB1", "A&B880101AB1"),
    ])
    func acceptsTaxIDsInUpperCase(text: String, stored: String) throws {
        #expect(try TaxID.validated(text, field: "tax_id") == stored)
    }

    @Test(arguments: ["", "CTO880101AB", "GOML800101XY90", "CTO880101-B1", "CTO880101ÁB1", "CTO 880101AB1", "ＣTO880101AB1"])
    func refusesOtherTaxIDs(text: String) {
        #expect(throws: InputError(field: "tax_id", value: text, expected: .taxID)) { try TaxID.validated(text, field: "tax_id") }
    }

    @Test(arguments: [
        ("6f9619ff-8b86-d011-b42d-00c04fc964ff", "6F9619FF-8B86-D011-B42D-00C04FC964FF"),
        (" 6F9619FF-8B86-D011-B42D-00C04FC964FF ", "6F9619FF-8B86-D011-B42D-00C04FC964FF"),
    ])
    func acceptsInvoiceUUIDsInUpperCase(text: String, stored: String) throws {
        #expect(try InvoiceUUID.validated(text, field: "invoice_uuid") == stored)
    }

    @Test(arguments: [
        "", "6F9619FF8B86D011B42D00C04FC964FF", "6F9619FF-8B86-D011-B42D-00C04FC964F", "6F9619FF-8B86-D011-B42D-00C04FC964FFF",
        "6F9619FF-8B86-D011-B42D-00C04FC964FG", "6F9619F-F8B86-D011-B42D-00C04FC964FF", "6F9619FF-8B86-D011-B42D-00C04FC964F-",
        "６F9619FF-8B86-D011-B42D-00C04FC964FF",
    ])
    func refusesOtherInvoiceUUIDs(text: String) {
        #expect(throws: InputError(field: "invoice_uuid", value: text, expected: .invoiceUUID)) {
            try InvoiceUUID.validated(text, field: "invoice_uuid")
        }
    }
}
