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

/// A payment keeps a canonical invoice UUID in 16 bytes and any other text as it is: either way it reads back as given.
@Suite struct StoredInvoiceUUIDTests {
    static func payment(invoice: String) -> Payment {
        Payment(
            folio: Identifier(trusted: "P-1"), budgetLine: 1, payee: "Constructora", payeeTaxID: "CTO880101AB1",
            amount: Money(minorUnits: 1, currency: .mexicanPeso), invoiceUUID: invoice, overrunReason: nil)
    }

    @Test(arguments: [
        "6F9619FF-8B86-D011-B42D-00C04FC964FF", "00000000-0000-0000-0000-000000000000", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
        "0123ABCD-4567-89EF-0A1B-2C3D4E5F6789",
        // Not canonical, kept as text: lower case, hyphens elsewhere, one digit short or over, other letters, empty.
        "6f9619ff-8b86-d011-b42d-00c04fc964ff", "6F9619FF8-B86-D011-B42D-00C04FC964FF", "6F9619FF-8B86-D011-B42D-00C04FC964F",
        "6F9619FF-8B86-D011-B42D-00C04FC964FF0", "6G9619FF-8B86-D011-B42D-00C04FC964FF", "", "UUID-1",
        "6F9619FF-8B86-D011-B42D-00C04FC964FÉ",
    ])
    func readsBackAsGiven(_ invoice: String) {
        #expect(Self.payment(invoice: invoice).invoiceUUID == invoice)
    }

    @Test func equalTextsAreEqualPaymentsAndDifferentOnesAreNot() {
        let canonical = "6F9619FF-8B86-D011-B42D-00C04FC964FF"
        #expect(Self.payment(invoice: canonical) == Self.payment(invoice: String(canonical.reversed().reversed())))
        #expect(Self.payment(invoice: canonical) != Self.payment(invoice: "6F9619FF-8B86-D011-B42D-00C04FC964FE"))
        #expect(Self.payment(invoice: canonical) != Self.payment(invoice: canonical.lowercased()))
        #expect(Self.payment(invoice: canonical).hashValue == Self.payment(invoice: String(canonical.reversed().reversed())).hashValue)
    }
}

/// A scholarship's payees are private persons: nothing published shows who a payment paid, nor the tax id or invoice
/// that would name them; other kinds show all three, and a project the catalogue does not know withholds.
@Suite struct PublishedPayeeTests {
    @Test(arguments: ProjectKind.allCases)
    func aScholarshipWithholdsEveryNameAndOtherKindsShowThem(kind: ProjectKind) {
        let payment = StoredInvoiceUUIDTests.payment(invoice: "6F9619FF-8B86-D011-B42D-00C04FC964FF")
        let shown = PublishedPayee(payment, of: kind)
        if kind == .scholarship {
            #expect(shown.isWithheld && shown.payee == nil && shown.payeeTaxID == nil && shown.invoiceUUID == nil)
        } else {
            #expect(shown.payee == "Constructora" && shown.payeeTaxID == "CTO880101AB1")
            #expect(shown.invoiceUUID == "6F9619FF-8B86-D011-B42D-00C04FC964FF" && !shown.isWithheld)
        }
    }

    @Test func anUnknownProjectWithholds() {
        #expect(PublishedPayee(StoredInvoiceUUIDTests.payment(invoice: "x"), of: nil).isWithheld)
    }
}
