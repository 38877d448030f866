/// A row already read into values, read again through `StoredColumns`.
public struct ColumnValues: StoredColumns, Sendable {
    public let values: [ColumnValue]

    public init(values: [ColumnValue]) { self.values = values }

    public func isNull(at position: Int) -> Bool { values[position] == .null }

    public func text(at position: Int) -> String? {
        if case .text(let text) = values[position] { return text }
        return nil
    }

    public func integer(at position: Int) -> Int64? {
        if case .integer(let integer) = values[position] { return integer }
        return nil
    }

    public func columnName(at position: Int) -> String { "column \(position + 1)" }

    public func shown(at position: Int) -> String {
        switch values[position] {
        case .null: "NULL"
        case .integer(let integer): "\(integer)"
        case .text(let text): "\"\(text)\""
        }
    }
}
