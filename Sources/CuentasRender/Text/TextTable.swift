/// A plain-text table with aligned columns; numbers right-aligned.
public struct TextTable {
    public enum Alignment: Sendable { case left, right }

    let headers: [String]
    let alignments: [Alignment]
    var rows: [[String]] = []

    public init(_ columns: [(String, Alignment)]) {
        headers = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    public mutating func add(_ row: [String]) {
        precondition(row.count == headers.count, "table row has \(row.count) cells for \(headers.count) columns")
        rows.append(row)
    }

    public func rendered() -> String {
        // Built as UTF-8 bytes, each cell's width counted once: 46,400 statements' tables nationally, where appending
        // padding strings and counting the characters of ASCII cells one by one was an eighth of `statement all`.
        let headerWidths = headers.map(Self.width)
        let rowWidths = rows.map { $0.map(Self.width) }
        var widths = headerWidths
        for cellWidths in rowWidths { for (index, width) in cellWidths.enumerated() { widths[index] = max(widths[index], width) } }
        var bytes: [UInt8] = []
        bytes.reserveCapacity((widths.reduce(0, +) + 2 * widths.count + 1) * (rows.count + 2))
        func endLine() {
            while bytes.last == Self.space { bytes.removeLast() }
        }
        func appendLine(_ cells: [String], _ cellWidths: [Int]) {
            for index in cells.indices {
                if index > 0 { bytes.append(Self.space); bytes.append(Self.space) }
                let padding = widths[index] - cellWidths[index]
                if alignments[index] == .right { bytes.append(contentsOf: repeatElement(Self.space, count: padding)) }
                bytes.append(contentsOf: cells[index].utf8)
                if alignments[index] == .left { bytes.append(contentsOf: repeatElement(Self.space, count: padding)) }
            }
            endLine()
        }
        appendLine(headers, headerWidths)
        bytes.append(Self.newline)
        for (index, width) in widths.enumerated() {
            if index > 0 { bytes.append(Self.space); bytes.append(Self.space) }
            bytes.append(contentsOf: repeatElement(Self.dash, count: width))
        }
        endLine()
        for (row, cellWidths) in zip(rows, rowWidths) {
            bytes.append(Self.newline)
            appendLine(row, cellWidths)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let space = UInt8(ascii: " ")
    private static let dash = UInt8(ascii: "-")
    private static let newline = UInt8(ascii: "\n")

    /// The characters a cell takes: its bytes when they are all ASCII but CR (one character each; only CR LF is two
    /// ASCII bytes in one character), else its characters counted one by one.
    static func width(_ cell: String) -> Int {
        let ascii = cell.utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D } }
        return ascii == true ? cell.utf8.count : cell.count
    }
}
