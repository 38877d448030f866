/// A Mexican RFC (Registro Federal de Contribuyentes): 12 characters for a company, 13 for a person; stored in
/// upper case. Only its shape is checked.
public enum TaxID {
    /// ASCII letters, digits and "&", checked byte by byte (a national import checks 360,000 of them).
    public static func validated(_ text: String, field: String) throws(InputError) -> String {
        var upper: [UInt8] = []
        upper.reserveCapacity(13)
        for byte in text.trimmingSpaces().utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "&"): upper.append(byte)
            case UInt8(ascii: "a")...UInt8(ascii: "z"): upper.append(byte - 0x20)
            default: throw InputError(field: field, value: text, expected: .taxID)
            }
            if upper.count > 13 { break }
        }
        guard (12...13).contains(upper.count) else { throw InputError(field: field, value: text, expected: .taxID) }
        return String(decoding: upper, as: UTF8.self)
    }
}
