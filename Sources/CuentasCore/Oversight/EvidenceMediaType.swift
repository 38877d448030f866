/// What kinds of file may be attached as evidence: photos of the work, documents (records, minutes, receipts) and CFDI
/// invoices. Each is recognised by its first bytes, never by its name alone (`EvidenceInspection`).
public enum EvidenceMediaType: String, CaseIterable, Hashable, Sendable {
    case jpeg = "image/jpeg"
    case png = "image/png"
    case pdf = "application/pdf"
    case xml = "application/xml"

    /// The extension its copy in a published site carries.
    public var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        case .png: "png"
        case .pdf: "pdf"
        case .xml: "xml"
        }
    }

    public var isPhoto: Bool { self == .jpeg || self == .png }

    /// The media type a file name claims, from its extension (any case); nil for any other.
    public static func claimed(byName name: String) -> EvidenceMediaType? {
        guard let dot = name.lastIndex(of: ".") else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "jpg", "jpeg": return .jpeg
        case "png": return .png
        case "pdf": return .pdf
        case "xml": return .xml
        default: return nil
        }
    }

    /// The type the first bytes show, or nil when they are none of these.
    public static func sniffed(_ bytes: [UInt8]) -> EvidenceMediaType? {
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        // XML may start with a byte-order mark and spaces before its declaration or first element.
        var rest = bytes[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        rest = rest.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if rest.first == UInt8(ascii: "<") { return .xml }
        return nil
    }

    /// The largest file of each kind: a phone's photo is 2 to 8 MB; a scanned record of a few pages, up to 20 MB.
    public var maximumBytes: Int {
        switch self {
        case .jpeg, .png: 15 * 1024 * 1024
        case .pdf: 20 * 1024 * 1024
        case .xml: 1024 * 1024
        }
    }

    /// The limit of any kind, which the database's CHECK repeats.
    public static let largestAllowedBytes = 20 * 1024 * 1024
}
