import CuentasCore

/// The values of a row read back with the checks a damaged row needs: each read names the table, the row and the
/// column when the value is not what the program wrote (`DamagedRow`), never a trap.
extension StoredColumns {
    public func requiredText(_ position: Int, _ table: String, _ id: @autoclosure () -> String) throws(DamagedRow) -> String {
        guard let value = text(at: position) else { throw damaged(position, table, id()) }
        return value
    }

    public func optionalText(_ position: Int, _ table: String, _ id: @autoclosure () -> String) throws(DamagedRow) -> String? {
        if isNull(at: position) { return nil }
        return try requiredText(position, table, id())
    }

    public func requiredInteger(_ position: Int, _ table: String, _ id: @autoclosure () -> String) throws(DamagedRow) -> Int64 {
        guard let value = integer(at: position) else { throw damaged(position, table, id()) }
        return value
    }

    public func optionalInteger(_ position: Int, _ table: String, _ id: @autoclosure () -> String) throws(DamagedRow) -> Int64? {
        if isNull(at: position) { return nil }
        return try requiredInteger(position, table, id())
    }

    public func identifier<Kind>(_ position: Int, _ table: String, _ id: @autoclosure () -> String) throws(DamagedRow) -> Identifier<Kind> {
        let text = try requiredText(position, table, id())
        guard let identifier = Identifier<Kind>(stored: text) else {
            throw DamagedRow(table: table, id: id(), detail: "column \(position) \"\(text)\" is not an identifier")
        }
        return identifier
    }

    public func date(_ position: Int, _ table: String, _ id: @autoclosure () -> String) throws(DamagedRow) -> CalendarDate {
        let text = try requiredText(position, table, id())
        guard let date = try? CalendarDate(parsing: text, field: "date") else {
            throw DamagedRow(table: table, id: id(), detail: "date \(text)")
        }
        return date
    }

    private func damaged(_ position: Int, _ table: String, _ id: String) -> DamagedRow {
        DamagedRow(table: table, id: id, detail: "column \(position) \(shown(at: position).prefix(80))")
    }
}
