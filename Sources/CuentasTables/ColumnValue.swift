/// A value bound to one column of an insert, as both stores keep it: text, a whole number or nothing. The SQLite store
/// binds it with SQLite's own functions, without GRDB's conversion of every value into a `DatabaseValue`
/// (`MovementInserter`); the PostgreSQL store binds it as a parameter of the same type. Ordered (nothing, numbers,
/// texts) so that two stores' rows compare in one order whatever their collations.
public enum ColumnValue: Hashable, Sendable, Comparable {
    case null
    case integer(Int64)
    case text(String)
}
