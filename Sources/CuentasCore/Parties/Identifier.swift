/// A short, human-chosen key: a club's code ("CLUB-JEREZ-LA"), a government's ("MUN-JEREZ"), a project's folio
/// ("3X1-2024-001"). Letters, digits, '-', '_' and '.', 1 to 40 characters, starting with a letter or digit (so an
/// identifier used as a file name is never hidden nor "..") ; compared exactly.
///
/// `Kind` says what the code names (`Folio`, `PartyID`, `SchemeID`), so the compiler tells a project's folio from a
/// party's code: a club's code cannot be passed where a folio is expected. The text is the same either way; where a
/// code typed by a person may be either (`cuentas show CODE`), `init(retyping:)` says so.
public struct Identifier<Kind>: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let text: String

    /// An identifier a person typed: spaces around it are dropped, the rest must be an identifier.
    public init(_ text: String, field: String) throws(InputError) {
        guard let checked = Identifier(stored: text.trimmingSpaces()) else {
            throw InputError(field: field, value: text, expected: .identifier)
        }
        self = checked
    }

    /// Exactly an identifier, or nil: the one rule for typed ones and for values read back from a file, which may be
    /// damaged (a changed byte, an edit by hand), so a damaged file gets a message, never a trap nor a file name like "..".
    public init?(stored text: String) {
        let bytes = text.utf8
        guard let first = bytes.first, bytes.count <= TextLimits.identifierCharacters, Self.isLetterOrDigit(first),
            bytes.allSatisfy({ Self.isLetterOrDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") })
        else { return nil }
        self.text = text
    }

    /// For identifiers the program wrote itself a moment ago (a site unit's name): a bad one is a programmer error.
    public init(trusted text: String) {
        guard let checked = Identifier(stored: text) else { preconditionFailure("bad identifier \(text)") }
        self = checked
    }

    /// The same code read as another kind's, where the text alone does not say which it is.
    public init<Other>(retyping other: Identifier<Other>) { text = other.text }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    public var description: String { text }
    public static func < (left: Identifier, right: Identifier) -> Bool { left.text < right.text }
}

/// What a `PartyID` names: a club, a federation or a government.
public enum PartyKind {}
/// What a `Folio` names: a project.
public enum FolioKind {}
/// What a `SchemeID` names: a matching scheme.
public enum SchemeKind {}

/// The key of a club, federation or government.
public typealias PartyID = Identifier<PartyKind>
/// A project's folio, its public reference number.
public typealias Folio = Identifier<FolioKind>
/// A matching scheme's code ("3X1-2024").
public typealias SchemeID = Identifier<SchemeKind>
