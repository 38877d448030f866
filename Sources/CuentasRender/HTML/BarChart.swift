/// An inline SVG bar chart, laid out here and drawn by the `chart` template (which escapes every label).
/// Each row has a label and one or more bars; every bar is scaled against the largest value of the chart.
struct BarChart {
    struct Bar {
        let value: Int64
        let text: String
        /// A CSS class: `first` (light) or `second` (dark).
        let style: String
    }

    struct Row {
        let label: String
        let bars: [Bar]
    }

    let id: String
    let title: String
    /// The text alternative: every number the chart shows, in words.
    let summary: String
    let legend: [(text: String, style: String)]
    let rows: [Row]

    // Laid out for 16 px text: drawn as wide as a phone's screen (360 px less margins and a scroll bar), the labels
    // stay at least 14 px (the browser test measures them); the bars leave room beside them for an amount.
    static let width = 360
    static let barAreaWidth: Int64 = 180
    static let labelHeight = 19
    static let barHeight = 18
    static let rowGap = 10

    /// A row laid out `by` pixels lower.
    static func shifted(_ row: [String: Any], by offset: Int) -> [String: Any] {
        var row = row
        row["labelY"] = (row["labelY"] as! Int) + offset
        row["bars"] = (row["bars"] as! [[String: Any]]).map { bar in
            var bar = bar
            for key in ["y", "textY"] { bar[key] = (bar[key] as! Int) + offset }
            return bar
        }
        return row
    }

    var context: [String: Any] {
        let maximum = max(1, rows.flatMap { $0.bars.map(\.value) }.max() ?? 1)
        var y = 22
        var rowContexts: [[String: Any]] = []
        for row in rows {
            let labelY = y + 15
            y += Self.labelHeight + 2
            var bars: [[String: Any]] = []
            for bar in row.bars {
                let width = bar.value <= 0 ? 0 : max(1, bar.value * Self.barAreaWidth / maximum)
                bars.append([
                    "y": y, "width": width, "height": Self.barHeight, "style": bar.style, "text": bar.text,
                    "textX": width + 4, "textY": y + Self.barHeight - 3,
                ])
                y += Self.barHeight + 2
            }
            y += Self.rowGap
            rowContexts.append(["label": row.label, "labelY": labelY, "bars": bars])
        }
        // The legend on one line when it fits the width, else one item per line (the rows move down).
        let widths = legend.map { 18 + $0.text.count * 10 + 12 }
        let oneLine = widths.reduce(0, +) <= Self.width
        var legendX = 0, legendY = 0
        let legendContexts: [[String: Any]] = zip(legend, widths).map { item, width in
            defer { if oneLine { legendX += width } else { legendY += Self.labelHeight + 2 } }
            return ["x": legendX, "textX": legendX + 18, "y": legendY + 3, "textY": legendY + 15, "text": item.text, "style": item.style]
        }
        if !oneLine { y += legendY - (Self.labelHeight + 2) }
        if !oneLine {
            for index in rowContexts.indices { rowContexts[index] = Self.shifted(rowContexts[index], by: legendY - (Self.labelHeight + 2)) }
        }
        return [
            "id": id, "title": title, "summary": summary, "width": Self.width, "height": y, "rows": rowContexts,
            "legend": legendContexts,
        ]
    }
}
