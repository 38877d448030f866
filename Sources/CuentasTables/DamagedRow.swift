/// A row that no longer makes sense: a value that does not convert, a kind the program does not know, an amount out
/// of range. Only a change made outside the program (a byte changed, a row edited by hand) makes one; each store turns
/// it into its own error (`StoreError.corruptRow`), naming the table, the row and the column.
public struct DamagedRow: Error, Hashable, Sendable {
    public let table: String
    public let id: String
    public let detail: String

    public init(table: String, id: String, detail: String) {
        self.table = table
        self.id = id
        self.detail = detail
    }
}
