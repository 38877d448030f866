import CuentasCore
import GRDB
import CuentasTables

/// Reading values back from a file that may be damaged (a changed byte, a row edited by hand): each read is checked
/// and a bad value becomes a `StoreError.corruptRow` naming the table, the row and the column, never a trap. GRDB's
/// plain `row[index]` stops the program when a value does not convert; these never do.
extension Row {
    func stored<Value: DatabaseValueConvertible>(_ index: Int, _ table: String, _ id: @autoclosure () -> String) throws -> Value {
        do { return try decode(Value.self, atIndex: index) } catch {
            throw damaged(index, table, id())
        }
    }

    /// The same for the types SQLite hands over directly (text, integers): GRDB's faster reading, straight from the
    /// statement. A movement is read a million times in a national check.
    func stored<Value: DatabaseValueConvertible & StatementColumnConvertible>(
        _ index: Int, _ table: String, _ id: @autoclosure () -> String
    ) throws -> Value {
        do { return try decode(Value.self, atIndex: index) } catch {
            throw damaged(index, table, id())
        }
    }

    /// A column that may be NULL. Asked as `Value?`, GRDB would build `Optional`'s conformance at run time on every
    /// read (a tenth of a page's time under load): NULL is tested first, and the value read as `Value`.
    func storedOptional<Value: DatabaseValueConvertible & StatementColumnConvertible>(
        _ index: Int, _ table: String, _ id: @autoclosure () -> String
    ) throws -> Value? {
        if hasNull(atIndex: index) { return nil }
        return try stored(index, table, id()) as Value
    }

    private func damaged(_ index: Int, _ table: String, _ id: String) -> StoreError {
        StoreError.corruptRow(
            table: table, id: id, detail: "\(columnName(index)) \(String(describing: self[index] as DatabaseValue).prefix(80))")
    }

    func stored<Value: DatabaseValueConvertible>(_ column: String, _ table: String, _ id: @autoclosure () -> String) throws -> Value {
        guard let index = Array(columnNames).firstIndex(of: column) else {
            throw StoreError.corruptRow(table: table, id: id(), detail: "\(column) is missing")
        }
        return try stored(index, table, id())
    }

    func storedIdentifier<Kind>(_ index: Int, _ table: String, _ id: @autoclosure () -> String) throws -> Identifier<Kind> {
        let text: String = try stored(index, table, id())
        guard let identifier = Identifier<Kind>(stored: text) else {
            throw StoreError.corruptRow(table: table, id: id(), detail: "\(columnName(index)) \"\(text)\" is not an identifier")
        }
        return identifier
    }

    func storedOptionalIdentifier<Kind>(_ index: Int, _ table: String, _ id: @autoclosure () -> String) throws -> Identifier<Kind>? {
        guard let text: String = try storedOptional(index, table, id()) else { return nil }
        guard let identifier = Identifier<Kind>(stored: text) else {
            throw StoreError.corruptRow(table: table, id: id(), detail: "\(columnName(index)) \"\(text)\" is not an identifier")
        }
        return identifier
    }

    /// An amount a figure can hold (`Money.maximumMinorUnits`); `positive` for a budget, a cost, a movement's amount.
    func storedMoney(
        _ index: Int, _ currency: CurrencyCode, _ table: String, _ id: @autoclosure () -> String, positive: Bool = false
    ) throws -> Money {
        let minorUnits: Int64 = try stored(index, table, id())
        guard minorUnits.magnitude <= UInt64(Money.maximumMinorUnits), !positive || minorUnits > 0 else {
            throw StoreError.corruptRow(table: table, id: id(), detail: "\(columnName(index)) \(minorUnits) is out of range")
        }
        return Money(minorUnits: minorUnits, currency: currency)
    }

    private func columnName(_ index: Int) -> String {
        let names = Array(columnNames)
        return names.indices.contains(index) ? names[index] : "column \(index)"
    }
}

extension Identifier {
    /// An identifier read back from a column, for the readers that take the text themselves.
    static func stored(_ text: String, _ table: String, _ id: @autoclosure () -> String) throws -> Identifier<Kind> {
        guard let identifier = Identifier<Kind>(stored: text) else {
            throw StoreError.corruptRow(table: table, id: id(), detail: "\"\(text)\" is not an identifier")
        }
        return identifier
    }
}
