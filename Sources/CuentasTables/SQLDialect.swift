/// The two SQL dialects the stores speak, for the few things they say differently.
public enum SQLDialect: Sendable {
    case sqlite
    case postgres

    /// A subquery giving the texts of a JSON array bound as one value (`jsonArray`): `x IN <list>` tests membership
    /// with one bound value however many texts there are.
    public var listOfTexts: String {
        switch self {
        case .sqlite: "(SELECT value FROM json_each(?))"
        case .postgres: "(SELECT jsonb_array_elements_text(CAST(? AS jsonb)))"
        }
    }

    /// `column` is one of the texts of a JSON array bound as one value (`jsonArray`). On PostgreSQL said as `= ANY` of
    /// an array, which each arm of an OR looks up in its column's index; `IN (SELECT …)` inside an OR is a filter run
    /// over every row there (EXPLAIN ANALYZE of a project page's movements in docs/POSTGRES.md). SQLite's planner looks
    /// each arm up in its index either way.
    public func isAnyOfTexts(_ column: String) -> String {
        switch self {
        case .sqlite: "\(column) IN (SELECT value FROM json_each(?))"
        case .postgres: "\(column) = ANY(ARRAY(SELECT jsonb_array_elements_text(CAST(? AS jsonb))))"
        }
    }

    /// A number column is one of the texts of a JSON array of numbers bound as one value. PostgreSQL compares no number
    /// with a text: the texts are made numbers, so that the column's index is used (a column made text is read row by
    /// row: a reversal's three lookups were three passes over a national ledger's 1.2 million movements).
    public func isAnyOfNumbers(_ column: String) -> String {
        switch self {
        case .sqlite: "\(column) IN (SELECT value FROM json_each(?))"
        case .postgres: "\(column) = ANY(ARRAY(SELECT CAST(jsonb_array_elements_text(CAST(? AS jsonb)) AS bigint)))"
        }
    }

    /// `column` is one of the values a subquery gives, said so that it may be one arm of an OR (`isAnyOfTexts`).
    public func isAnyOf(_ column: String, _ subquery: String) -> String {
        switch self {
        case .sqlite: "\(column) IN (\(subquery))"
        case .postgres: "\(column) = ANY(ARRAY(\(subquery)))"
        }
    }

    /// Texts as one JSON array, for `listOfTexts`: written directly, byte by byte, instead of through Foundation's
    /// encoder, which makes an object of every text first (an import hands it every invoice of the file).
    public static func jsonArray(_ texts: some Collection<String>) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        bytes.reserveCapacity(texts.reduce(2) { $0 + $1.utf8.count + 3 })
        let hex = Array("0123456789abcdef".utf8)
        for (index, text) in texts.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), byte])
                case 0..<0x20: bytes.append(contentsOf: Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                default: bytes.append(byte)
                }
            }
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: "]"))
        return String(decoding: bytes, as: UTF8.self)
    }
}
