/// The rows of one table as stored, every column by name, for a copy of a ledger from one store to the other.
public struct TableRows: Equatable, Sendable {
    public let table: String
    public let columns: [String]
    public let rows: [[ColumnValue]]

    public init(table: String, columns: [String], rows: [[ColumnValue]]) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "a value for every column")
        self.table = table
        self.columns = columns
        self.rows = rows
    }

    /// One row as the shared readers read it (`MovementColumns.movement(from:)`).
    public func row(_ index: Int) -> ColumnValues { ColumnValues(values: rows[index]) }
}

/// A ledger whose tables can be read whole, for a copy (`cuentas copy`).
public protocol LedgerTableSource {
    /// The rows of `table`, with its columns in table order; ordered by the table's key, so two stores holding the same
    /// rows give the same value.
    func tableRows(_ table: String) throws -> TableRows
}

extension TableRows {
    /// The rows with their values in the order of `columns` (named in any case), nil when the columns differ.
    public func aligned(to columns: [String]) -> [[ColumnValue]]? {
        let mine = self.columns.map { $0.lowercased() }
        guard mine.count == columns.count else { return nil }
        var positions: [Int] = []
        for column in columns {
            guard let position = mine.firstIndex(of: column.lowercased()) else { return nil }
            positions.append(position)
        }
        return rows.map { row in positions.map { row[$0] } }
    }
}

extension [[ColumnValue]] {
    /// The rows in one order, whatever order a store returned them in.
    public func sorted() -> [[ColumnValue]] { sorted { $0.lexicographicallyPrecedes($1) } }
}
