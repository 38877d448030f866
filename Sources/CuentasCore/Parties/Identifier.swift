/// A short, human-chosen key: a club's code ("CLUB-JEREZ-LA"), a government's ("MUN-JEREZ"), a project's folio
/// ("3X1-2024-001"). Letters, digits, '-', '_' and '.', 1 to 40 characters, starting with a letter or digit (so an
/// identifier used as a file name is never hidden nor "..") ; compared exactly.
public struct Identifier: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let text: String

    public init(_ text: String, field: String) throws(InputError) {
        let trimmed = text.trimmingSpaces()
        guard let first = trimmed.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic || ("0"..."9").contains(first),
            trimmed.count <= TextLimits.identifierCharacters,
            trimmed.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) })
        else { throw InputError(field: field, value: text, expected: .identifier) }
        self.text = trimmed
    }

    /// For values read back from the store, which only holds identifiers that were checked on the way in.
    public init(trusted text: String) {
        precondition(!text.isEmpty && text.count <= TextLimits.identifierCharacters, "bad stored identifier \(text)")
        self.text = text
    }

    public var description: String { text }
    public static func < (left: Identifier, right: Identifier) -> Bool { left.text < right.text }
}

/// The key of a club, federation or government.
public typealias PartyID = Identifier
/// A project's folio, its public reference number.
public typealias Folio = Identifier
