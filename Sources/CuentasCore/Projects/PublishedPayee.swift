/// What anything published may show of who a payment paid: the payee, their tax id and the invoice (which names them),
/// or nothing of the three when the project's kind keeps its payees private (`ProjectKind.keepsPayeesPrivate`: a
/// scholarship pays students, who are private persons). Statements, the movements file, IATI and the words of feeds
/// and receipts all read this one value; each says "withheld" in its own medium (a dash beside the page's explanation,
/// empty cells in a file for scripts, a bilingual label in IATI, "a student" in a sentence).
public struct PublishedPayee: Hashable, Sendable {
    /// Nil when withheld.
    public let payee: String?
    public let payeeTaxID: String?
    public let invoiceUUID: String?
    public var isWithheld: Bool { payee == nil }

    /// `kind` nil (a project the catalogue does not know) withholds: when in doubt, a name stays private.
    public init(_ payment: Payment, of kind: ProjectKind?) {
        let withheld = kind?.keepsPayeesPrivate ?? true
        payee = withheld ? nil : payment.payee
        payeeTaxID = withheld ? nil : payment.payeeTaxID
        invoiceUUID = withheld ? nil : payment.invoiceUUID
    }
}
