/// A CSV file read into a header and rows, each row knowing the line it started on.
public struct CSVTable: Sendable {
    public struct Row: Sendable {
        /// The file line where the row starts (1 is the header).
        public let line: Int
        public let fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    public let header: [String]
    public let rows: [Row]

    /// A table made by the program (a web form is a file of one row): every row as long as the header.
    public init(header: [String], rows: [Row]) {
        precondition(rows.allSatisfy { $0.fields.count == header.count }, "every row has one field per column")
        self.header = header
        self.rows = rows
    }
}
