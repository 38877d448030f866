/// A Mexican RFC (Registro Federal de Contribuyentes): 12 characters for a company, 13 for a person; stored in
/// upper case. Only its shape is checked.
public enum TaxID {
    public static func validated(_ text: String, field: String) throws(InputError) -> String {
        let upper = text.trimmingSpaces().uppercased()
        guard (12...13).contains(upper.count), upper.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "&") }) else {
            throw InputError(field: field, value: text, expected: .taxID)
        }
        return upper
    }
}
