import CuentasCore

/// A value a column holds: text or a whole number.
public protocol StoredValue {
    static func read(_ row: some StoredColumns, at position: Int) -> Self?
}

extension String: StoredValue {
    public static func read(_ row: some StoredColumns, at position: Int) -> String? { row.text(at: position) }
}

extension Int64: StoredValue {
    public static func read(_ row: some StoredColumns, at position: Int) -> Int64? { row.integer(at: position) }
}

extension Int: StoredValue {
    public static func read(_ row: some StoredColumns, at position: Int) -> Int? { row.integer(at: position).flatMap { Int(exactly: $0) } }
}

/// A column that may be NULL, asked for as an optional: NULL reads as nil, anything else as the value.
extension Optional: StoredValue where Wrapped: StoredValue {
    public static func read(_ row: some StoredColumns, at position: Int) -> Wrapped?? {
        if row.isNull(at: position) { return .some(nil) }
        return Wrapped.read(row, at: position).map { .some($0) }
    }
}

/// The values of a row read back with the checks a damaged row needs: each read names the table, the row and the
/// column when the value is not what the program wrote (`DamagedRow`), never a trap.
extension StoredColumns {
    public func stored<Value: StoredValue>(_ position: Int, _ table: String, _ id: @autoclosure () -> String) throws(DamagedRow) -> Value {
        guard let value = Value.read(self, at: position) else { throw damaged(position, table, id()) }
        return value
    }

    /// A column that may be NULL.
    public func storedOptional<Value: StoredValue>(
        _ position: Int, _ table: String, _ id: @autoclosure () -> String
    ) throws(DamagedRow) -> Value? {
        if isNull(at: position) { return nil }
        return try stored(position, table, id()) as Value
    }

    public func storedIdentifier<Kind>(
        _ position: Int, _ table: String, _ id: @autoclosure () -> String
    ) throws(DamagedRow) -> Identifier<Kind> {
        let text: String = try stored(position, table, id())
        guard let identifier = Identifier<Kind>(stored: text) else {
            throw DamagedRow(table: table, id: id(), detail: "\(columnName(at: position)) \"\(text)\" is not an identifier")
        }
        return identifier
    }

    public func storedOptionalIdentifier<Kind>(
        _ position: Int, _ table: String, _ id: @autoclosure () -> String
    ) throws(DamagedRow) -> Identifier<Kind>? {
        if isNull(at: position) { return nil }
        return try storedIdentifier(position, table, id()) as Identifier<Kind>
    }

    /// An amount a figure can hold (`Money.maximumMinorUnits`); `positive` for a budget, a cost, a movement's amount.
    public func storedMoney(
        _ position: Int, _ currency: CurrencyCode, _ table: String, _ id: @autoclosure () -> String, positive: Bool = false
    ) throws(DamagedRow) -> Money {
        let minorUnits: Int64 = try stored(position, table, id())
        guard minorUnits.magnitude <= UInt64(Money.maximumMinorUnits), !positive || minorUnits > 0 else {
            throw DamagedRow(table: table, id: id(), detail: "\(columnName(at: position)) \(minorUnits) is out of range")
        }
        return Money(minorUnits: minorUnits, currency: currency)
    }

    /// A calendar day kept as text.
    public func storedDate(_ position: Int, _ table: String, _ id: @autoclosure () -> String) throws(DamagedRow) -> CalendarDate {
        try StoredText.date(try stored(position, table, id()), table, id())
    }

    private func damaged(_ position: Int, _ table: String, _ id: String) -> DamagedRow {
        DamagedRow(table: table, id: id, detail: "\(columnName(at: position)) \(shown(at: position).prefix(80))")
    }
}

/// Texts read back into values, with the message a damaged row gets.
public enum StoredText {
    public static func date(_ text: String, _ table: String, _ id: String) throws(DamagedRow) -> CalendarDate {
        guard let date = try? CalendarDate(parsing: text, field: "date") else {
            throw DamagedRow(table: table, id: id, detail: "date \(text)")
        }
        return date
    }

    public static func currency(_ text: String, _ table: String, _ id: String) throws(DamagedRow) -> CurrencyCode {
        guard let code = try? CurrencyCode(text) else { throw DamagedRow(table: table, id: id, detail: "currency \(text)") }
        return code
    }
}
