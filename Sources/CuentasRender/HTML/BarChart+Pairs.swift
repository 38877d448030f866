extension BarChart {
    /// One row of a chart that sets two amounts side by side: its label, and each amount's value and text.
    struct Pair {
        let label: String
        let first: (value: Int64, text: String)
        let second: (value: Int64, text: String)
    }

    /// A chart of two bars a row, `first` (light) and `second` (dark), each named once in the legend: what was committed
    /// and received from each source, a budget line's budget and payments, a year's money raised and sent. Its text
    /// alternative says every row's two amounts, each after its series' name when `namingSeries`.
    init(pairsWithID id: String, title: String, legend: (first: String, second: String), pairs: [Pair], namingSeries: Bool) {
        let rows = pairs.map { pair in
            Row(
                label: pair.label,
                bars: [
                    Bar(value: pair.first.value, text: pair.first.text, style: "first"),
                    Bar(value: pair.second.value, text: pair.second.text, style: "second"),
                ])
        }
        let said = pairs.map { pair in
            namingSeries
                ? "\(pair.label): \(legend.first) \(pair.first.text), \(legend.second) \(pair.second.text)"
                : "\(pair.label): \(pair.first.text), \(pair.second.text)"
        }
        self.init(
            id: id, title: title, summary: said.joined(separator: "; "), legend: [(legend.first, "first"), (legend.second, "second")],
            rows: rows)
    }
}
