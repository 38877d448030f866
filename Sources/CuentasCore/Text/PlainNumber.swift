/// A whole number as a person types it in a form or a file: ASCII digits only, at most 18 of them. No sign ("+75",
/// "-0"), no spaces inside, no other digits (Swift's `Int("+75")` is 75: a sign where none belongs is a typing error).
public enum PlainNumber {
    public static func parse<Text: StringProtocol>(_ text: Text) -> Int64? {
        let bytes = text.utf8
        guard (1...18).contains(bytes.count) else { return nil }
        var value: Int64 = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
