/// A CSV file read into a header and rows, each row knowing the line it started on.
public struct CSVTable: Sendable {
    public struct Row: Sendable {
        /// The file line where the row starts (1 is the header).
        public let line: Int
        public let fields: [String]
    }

    public let header: [String]
    public let rows: [Row]
}
