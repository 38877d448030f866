/// An invoice UUID as a payment keeps it: the canonical form (`InvoiceUUID.validated`: 36 characters, upper-case
/// hexadecimal digits, hyphens at 8, 13, 18 and 23) in 16 bytes, any other text as it is. A national ledger holds
/// 360,000 payments, and each UUID kept as a `String` was a heap block of 80 bytes: 29 MB of every whole-ledger read.
struct StoredInvoiceUUID: Hashable, Sendable {
    private enum Storage: Hashable, Sendable {
        /// The 32 digits, four bits each, first digit in the highest bits of `high`.
        case canonical(high: UInt64, low: UInt64)
        case text(String)
    }

    private let storage: Storage

    init(_ text: String) {
        storage = Self.canonicalDigits(of: text).map { .canonical(high: $0.high, low: $0.low) } ?? .text(text)
    }

    /// The text it was made from.
    var text: String {
        switch storage {
        case .text(let text): return text
        case .canonical(let high, let low):
            return String(
                unsafeUninitializedCapacity: 36,
                initializingUTF8With: { bytes in
                    var index = 0
                    for position in 0..<32 {
                        if position == 8 || position == 12 || position == 16 || position == 20 {
                            bytes[index] = UInt8(ascii: "-")
                            index += 1
                        }
                        let word = position < 16 ? high : low
                        let value = UInt8((word >> UInt64(60 - 4 * (position % 16))) & 0xF)
                        bytes[index] = value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
                        index += 1
                    }
                    return index
                })
        }
    }

    /// The digits of a canonical UUID, or nil for any other text (lower case included: it would not come back the same).
    private static func canonicalDigits(of text: String) -> (high: UInt64, low: UInt64)? {
        var high: UInt64 = 0
        var low: UInt64 = 0
        var digitCount = 0
        var byteCount = 0
        for byte in text.utf8 {
            defer { byteCount += 1 }
            guard byteCount < 36 else { return nil }
            if byteCount == 8 || byteCount == 13 || byteCount == 18 || byteCount == 23 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            let value: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte - UInt8(ascii: "0")
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            if digitCount < 16 { high = high << 4 | UInt64(value) } else { low = low << 4 | UInt64(value) }
            digitCount += 1
        }
        return byteCount == 36 ? (high, low) : nil
    }
}
