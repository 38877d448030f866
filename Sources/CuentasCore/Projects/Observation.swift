/// An auditor's remark on a project (observación): kept beside the ledger, never money, never edited.
public struct Observation: Hashable, Sendable {
    public let id: Int64
    public let folio: Folio
    /// The auditor's sign-in name.
    public let author: String
    /// When it was written, ISO 8601 in UTC.
    public let writtenAt: String
    public let text: String

    public static let maximumCharacters = 4_000

    public init(id: Int64, folio: Folio, author: String, writtenAt: String, text: String) {
        self.id = id
        self.folio = folio
        self.author = author
        self.writtenAt = writtenAt
        self.text = text
    }
}
