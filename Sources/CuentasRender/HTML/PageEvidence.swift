import CuentasStatements
import Foundation

/// What a project page shows beside its money, with the thumbnails of its photos (made at publish time, embedded in the
/// page so a page forwarded alone still shows them).
public struct PageEvidence: Sendable {
    public let statement: OversightStatement
    /// JPEG thumbnails by the photo's SHA-256; a photo without one is listed with a link only.
    public let thumbnails: [String: Data]

    /// At most this many thumbnails are embedded, newest first, so a page with many photos stays small on a phone
    /// (the rest are linked by caption).
    public static let maximumEmbedded = 6

    public init(statement: OversightStatement, thumbnails: [String: Data]) {
        self.statement = statement
        self.thumbnails = thumbnails
    }
}
