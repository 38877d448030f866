/// One row read back from either store, column by column by position: what the shared readers (`StoredMovementRow`)
/// need of GRDB's `Row` and of PostgresNIO's row. Positions are those of the query's select list.
public protocol StoredColumns {
    /// Whether the column holds NULL.
    func isNull(at position: Int) -> Bool
    /// The column as text; nil when it is NULL or is not text.
    func text(at position: Int) -> String?
    /// The column as a whole number; nil when it is NULL or is not one.
    func integer(at position: Int) -> Int64?
    /// The value as it is stored, for a message about a damaged row.
    func shown(at position: Int) -> String
    /// The column's name, for the same message.
    func columnName(at position: Int) -> String
}
