/// The canonical text of one catalogue entry as stored (a party, a club, a project, one of its budget lines, a
/// scheme's definition, a user), and the hash that seals it into the catalogue's chain. Like the movements' encoding,
/// version 1 is never changed: the line `cuentas-catalogue-1`, the table, the entry's key, then one `name=value` line per
/// column in a fixed order, each ended by a line feed; an absent value is empty; backslash, line feed and carriage
/// return escaped as in `MovementEncoding`.
public enum CatalogueEncoding {
    public static let firstLine = "cuentas-catalogue-1"

    public static func content(table: String, key: String, fields: [(name: String, value: String?)]) -> String {
        var text: [UInt8] = Array(firstLine.utf8) + [0x0A]
        func line(_ name: String, _ value: String?) {
            text.append(contentsOf: name.utf8)
            text.append(UInt8(ascii: "="))
            if let value { MovementEncoding.appendEscaped(value, to: &text) }
            text.append(0x0A)
        }
        line("table", table)
        line("key", key)
        for field in fields { line(field.name, field.value) }
        return String(decoding: text, as: UTF8.self)
    }

    /// The seal's hash: the SHA-256 of the previous seal's hash, a line feed, and the content.
    public static func hash(content: String, previousHash: String) -> String {
        HashChain.sha256(Array(previousHash.utf8) + [0x0A] + Array(content.utf8))
    }

    /// The fields of a content, in order, with their values unescaped (for saying what changed).
    public static func fields(of content: String) -> [(name: String, value: String)] {
        content.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().compactMap { line in
            guard let equals = line.firstIndex(of: "=") else { return nil }
            let value = String(line[line.index(after: equals)...])
                .replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\r", with: "\r")
                .replacingOccurrences(of: "\\\\", with: "\\")
            return (String(line[..<equals]), value)
        }
    }
}
