/// A value bound to one column of an insert, as SQLite stores it: the inserter binds it with SQLite's own functions,
/// without GRDB's conversion of every value into a `DatabaseValue` (about a fifth of a movement file's import).
enum ColumnValue {
    case null
    case integer(Int64)
    case text(String)
}
