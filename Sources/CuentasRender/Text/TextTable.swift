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
        // Each cell's width counted once (counting characters walks the text): 46,400 statements' tables nationally.
        let headerWidths = headers.map(\.count)
        let rowWidths = rows.map { $0.map(\.count) }
        var widths = headerWidths
        for cellWidths in rowWidths { for (index, width) in cellWidths.enumerated() { widths[index] = max(widths[index], width) } }
        var text = ""
        func appendLine(_ cells: [String], _ cellWidths: [Int]) {
            var line = ""
            for index in cells.indices {
                if index > 0 { line += "  " }
                let padding = String(repeating: " ", count: widths[index] - cellWidths[index])
                if alignments[index] == .right { line += padding + cells[index] } else { line += cells[index] + padding }
            }
            text += line.trimmingTrailingSpaces()
        }
        appendLine(headers, headerWidths)
        text += "\n" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ").trimmingTrailingSpaces()
        for (row, cellWidths) in zip(rows, rowWidths) {
            text += "\n"
            appendLine(row, cellWidths)
        }
        return text
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
