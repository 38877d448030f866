/// The folio fiscal of a Mexican electronic invoice (CFDI): a UUID, stored in upper case.
public enum InvoiceUUID {
    /// Eight, four, four, four and twelve ASCII hexadecimal digits joined by hyphens. Checked byte by byte: a national
    /// import checks 360,000 of them, and checking them as characters was a twentieth of its time.
    public static func validated(_ text: String, field: String) throws(InputError) -> String {
        let trimmed = text.trimmingSpaces()
        var upper: [UInt8] = []
        upper.reserveCapacity(36)
        for (position, byte) in trimmed.utf8.enumerated() {
            let isHyphenPlace = position == 8 || position == 13 || position == 18 || position == 23
            switch byte {
            case UInt8(ascii: "-") where isHyphenPlace: upper.append(byte)
            case UInt8(ascii: "0")...UInt8(ascii: "9") where !isHyphenPlace: upper.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "F") where !isHyphenPlace: upper.append(byte)
            case UInt8(ascii: "a")...UInt8(ascii: "f") where !isHyphenPlace: upper.append(byte - 0x20)
            default: throw InputError(field: field, value: text, expected: .invoiceUUID)
            }
            if upper.count > 36 { break }
        }
        guard upper.count == 36 else { throw InputError(field: field, value: text, expected: .invoiceUUID) }
        return String(decoding: upper, as: UTF8.self)
    }

    /// The invoice as a number, how the invoices in force are kept (`LedgerState.liveInvoices`): 16 bytes instead of a
    /// 36-character string, for 360,000 payments of a national ledger. Nil for a text that is not a UUID.
    public static func number(_ uuid: String) -> UInt128? {
        var value: UInt128 = 0
        var digits = 0
        for byte in uuid.utf8 where byte != UInt8(ascii: "-") {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            default: return nil
            }
            value = value << 4 | UInt128(digit)
            digits += 1
        }
        return digits == 32 ? value : nil
    }
}
