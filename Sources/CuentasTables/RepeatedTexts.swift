/// One kept copy of each text that repeats from row to row, handed out instead of each row's own copy. A contractor is
/// paid many times: in the national benchmark ledger, one payee's name held 360,000 times took 23 MB.
public struct RepeatedTexts {
    private var kept: [String: String] = [:]

    public init() {}

    /// Texts kept at most: the table stays small even if every text differs.
    public static let limit = 4_096

    public mutating func shared(_ text: String) -> String {
        // Up to 15 bytes a text is stored inside the value itself: there is no copy to share.
        guard text.utf8.count > 15 else { return text }
        if let copy = kept[text] { return copy }
        if kept.count < Self.limit { kept[text] = text }
        return text
    }
}
