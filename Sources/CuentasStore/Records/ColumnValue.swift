/// A value bound to one column of an insert, as SQLite stores it: the inserter binds it with SQLite's own functions,
/// without GRDB's conversion of every value into a `DatabaseValue` (see `MovementInserter`).
enum ColumnValue {
    case null
    case integer(Int64)
    case text(String)
}
