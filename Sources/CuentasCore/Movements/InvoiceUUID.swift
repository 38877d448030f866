/// The folio fiscal of a Mexican electronic invoice (CFDI): a UUID, stored in upper case.
public enum InvoiceUUID {
    public static func validated(_ text: String, field: String) throws(InputError) -> String {
        let upper = text.trimmingSpaces().uppercased()
        let groups = upper.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.map(\.count) == [8, 4, 4, 4, 12], groups.allSatisfy({ $0.allSatisfy(\.isHexDigit) }) else {
            throw InputError(field: field, value: text, expected: .invoiceUUID)
        }
        return upper
    }
}
