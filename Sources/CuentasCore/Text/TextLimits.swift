import Foundation

/// Limits on every text field (in characters). A longer value is refused with a message naming the field.
public enum TextLimits {
    public static let identifierCharacters = 40
    public static let nameCharacters = 200
    public static let titleCharacters = 300
    public static let descriptionCharacters = 5_000
    public static let noteCharacters = 2_000
    public static let referenceCharacters = 100

    /// Checks a required text field, once, at the edge (command line, CSV, web form): trimmed, in Unicode's composed
    /// form (NFC: "É" typed as E and an accent is stored as one "É", so bytes compare like letters), not empty, not
    /// longer than `maximumCharacters` code points (what SQLite's `length` counts in the schema's CHECKs, so the
    /// program and the database never disagree), no control characters other than newlines in long texts, and no
    /// invisible or direction characters: a payee written with a right-to-left override reads as something else.
    /// Other spaces (no-break, thin) become a plain space.
    public static func validated(
        _ value: String, field: String, maximumCharacters: Int, allowsEmpty: Bool = false, allowsNewlines: Bool = false
    ) throws(InputError) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            .composedUnlessASCII()
        if trimmed.isEmpty && !allowsEmpty { throw InputError(field: field, value: value, expected: .nonEmptyText) }
        if trimmed.unicodeScalars.count > maximumCharacters {
            throw InputError(field: field, value: String(trimmed.prefix(40)) + "…", expected: .textOfAtMost(maximumCharacters))
        }
        var scalars = String.UnicodeScalarView()
        for scalar in trimmed.unicodeScalars {
            if scalar.properties.generalCategory == .control {
                if allowsNewlines && (scalar == "\n" || scalar == "\r" || scalar == "\t") {
                    scalars.append(scalar)
                    continue
                }
                throw InputError(field: field, value: value, expected: .textWithoutControlCharacters)
            }
            if invisible.contains(scalar.value) { throw InputError(field: field, value: value, expected: .textWithoutInvisibleCharacters) }
            scalars.append(scalar.properties.isWhitespace ? " " : scalar)
        }
        return String(scalars)
    }

    /// Zero-width characters, direction marks, embeddings, overrides and isolates, the byte-order mark: nothing a
    /// person means to type in a name or a reference, and each can make a text read as another.
    static let invisible: [ClosedRange<UInt32>] = [0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF...0xFEFF]

    /// A refused value as a message may show it: control and invisible characters written as U+XXXX, so that an
    /// error never sends a terminal escape or an override to the screen.
    public static func shown(_ value: String) -> String {
        var text = ""
        for scalar in value.unicodeScalars.prefix(200) {
            if scalar.properties.generalCategory == .control || invisible.contains(scalar.value) {
                text += "<U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) + ">"
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
        return text
    }
}

extension String {
    /// Unicode's composed form (NFC); ASCII is its own, and skipping Foundation's normalization for it keeps a national
    /// import's millions of fields, and a replay's 680,000 reference keys, quick.
    func composedUnlessASCII() -> String {
        utf8.allSatisfy({ $0 < 0x80 }) ? self : precomposedStringWithCanonicalMapping
    }
}

extension [ClosedRange<UInt32>] {
    func contains(_ value: UInt32) -> Bool { contains { $0.contains(value) } }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
