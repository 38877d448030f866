import CuentasCore
import CuentasIntegrity

/// An Atom feed (RFC 4287) written with libxml2: a feed reader shows each entry once, by its id, so ids are stable
/// (`stableID`) and entries are things that never change once recorded (movements, publications).
public struct AtomFeed: Sendable {
    public struct Entry: Sendable {
        public let id: String
        public let title: String
        public let updated: CalendarDate
        public let link: String
        public let summary: String

        public init(id: String, title: String, updated: CalendarDate, link: String, summary: String) {
            self.id = id
            self.title = title
            self.updated = updated
            self.link = link
            self.summary = summary
        }
    }

    public let id: String
    public let title: String
    public let language: Language
    /// The page the feed follows.
    public let alternate: String
    /// The feed's own address, when the site's is known.
    public let selfLink: String?
    public let author: String
    /// Newest first.
    public let entries: [Entry]
    /// When nothing has happened yet, the feed's date: the publication's.
    public let asOf: CalendarDate

    /// A `urn:uuid:` made from a name (SHA-256 of it, shaped as a version 5 UUID): the same name, the same id.
    public static func stableID(_ name: String) -> String {
        var hex = Array(HashChain.sha256(Array(name.utf8)).prefix(32))
        hex[12] = "5"
        let variant = "89ab"
        hex[16] = variant[variant.index(variant.startIndex, offsetBy: Int(hex[16].hexDigitValue ?? 0) % 4)]
        let text = String(hex)
        let parts = [
            text.prefix(8), text.dropFirst(8).prefix(4), text.dropFirst(12).prefix(4), text.dropFirst(16).prefix(4), text.dropFirst(20),
        ]
        return "urn:uuid:" + parts.joined(separator: "-")
    }

    /// RFC 3339, at the start of the day in UTC: the ledger records days.
    static func timestamp(_ date: CalendarDate) -> String { date.isoText + "T00:00:00Z" }

    public var xml: String {
        let writer = XMLDocumentWriter()
        writer.element("feed") {
            writer.attribute("xmlns", "http://www.w3.org/2005/Atom")
            writer.attribute("xml:lang", language.rawValue)
            writer.element("id", id)
            writer.element("title", title)
            writer.element("updated", Self.timestamp(entries.map(\.updated).max() ?? asOf))
            writer.element("author") {
                writer.element("name", author)
            }
            writer.element("link", "", [("rel", "alternate"), ("type", "text/html"), ("href", alternate)])
            if let selfLink { writer.element("link", "", [("rel", "self"), ("type", "application/atom+xml"), ("href", selfLink)]) }
            for entry in entries {
                writer.element("entry") {
                    writer.element("id", entry.id)
                    writer.element("title", entry.title)
                    writer.element("updated", Self.timestamp(entry.updated))
                    writer.element("link", "", [("rel", "alternate"), ("type", "text/html"), ("href", entry.link)])
                    writer.element("summary", entry.summary)
                }
            }
        }
        return writer.finish()
    }
}
