import CuentasCore
import CuentasStatements

/// The diaspora's contribution said for a page: amounts in each currency they are in (never converted), the cost of
/// sending as a share of what was sent, government pesos per club peso, and the two charts over the years.
enum ContributionWords {
    static func level(_ scope: DiasporaContribution.Scope) -> String {
        switch scope {
        case .country: return "country"
        case .stateOfOrigin: return "state"
        case .federation, .noFederation: return "federation"
        case .club: return "club"
        }
    }

    static func name(_ scope: DiasporaContribution.Scope, _ name: String, _ t: Translation) -> String {
        switch scope {
        case .country: return t["contribution.country"]
        case .stateOfOrigin(let state): return state.isEmpty ? t["contribution.noState"] : name
        case .noFederation(let state): return t.format("contribution.noFederation", state.isEmpty ? t["contribution.noState"] : state)
        case .federation, .club: return name
        }
    }

    static func amounts(_ totals: [MoneyTotal], _ t: Translation) -> String {
        totals.isEmpty ? "—" : totals.map(t.money).joined(separator: " + ")
    }

    /// Hundredths as a decimal: 312 -> "3.12".
    static func decimal(_ hundredths: Int64) -> String {
        let whole = hundredths / 100, part = hundredths % 100
        return "\(whole).\(part < 10 ? "0" : "")\(part)"
    }

    static func figures(_ figures: ClubContributionYear, _ t: Translation) -> [String: Any] {
        let costs = figures.sending.values.sorted { $0.currency < $1.currency }
        return [
            "raised": amounts(figures.raised.sorted, t), "sent": amounts(costs.map(\.sent), t),
            "cost": costs.isEmpty
                ? "—" : costs.map { $0.totalCostBasisPoints.map { t.percent(basisPoints: $0) } ?? "—" }.joined(separator: " · "),
            "delivered": amounts(figures.delivered.sorted, t), "government": amounts(figures.government.sorted, t),
            "perClubPeso": DiasporaContribution.hundredths(figures.government, per: figures.delivered).map(decimal) ?? "—",
        ]
    }

    /// Raised and sent by year in the currency most raised in; what the works received from the clubs and from
    /// governments by year, in the currency most received in. A note names the currency when there are others.
    static func charts(_ report: DiasporaContribution, _ t: Translation) -> (money: BarChart?, projects: BarChart?, note: String?) {
        func main(_ totals: [MoneyTotal]) -> CurrencyCode? { totals.max { $0.minorUnits < $1.minorUnits }?.currency }
        func value(_ total: MoneyTotal) -> Int64 { Int64(clamping: total.minorUnits) }
        guard report.years.count > 0 else { return (nil, nil, nil) }
        var money: BarChart?
        if let fund = main(report.total.raised.sorted + report.total.sending.values.map(\.sent)) {
            let pairs = report.years.map { year in
                let raised = year.figures.raised[fund], sent = year.figures.sending[fund]?.sent ?? MoneyTotal(fund)
                return BarChart.Pair(label: "\(year.year)", first: (value(raised), t.money(raised)), second: (value(sent), t.money(sent)))
            }
            money = BarChart(
                pairsWithID: "chart-raised", title: t["contribution.chartMoney"],
                legend: (t["contribution.raised"], t["contribution.sent"]), pairs: pairs, namingSeries: false)
        }
        var projects: BarChart?
        if let pesos = main(report.total.delivered.sorted + report.total.government.sorted) {
            let pairs = report.years.map { year in
                let delivered = year.figures.delivered[pesos], government = year.figures.government[pesos]
                return BarChart.Pair(
                    label: "\(year.year)", first: (value(delivered), t.money(delivered)), second: (value(government), t.money(government)))
            }
            projects = BarChart(
                pairsWithID: "chart-works", title: t["contribution.chartProjects"],
                legend: (t["contribution.delivered"], t["contribution.government"]), pairs: pairs, namingSeries: false)
        }
        let currencies = Set(report.total.raised.totals.keys).union(report.total.sending.keys)
        let fund = main(report.total.raised.sorted + report.total.sending.values.map(\.sent))
        let note = currencies.count > 1 ? fund.map { t.format("contribution.currencyNote", $0.code) } : nil
        return (money, projects, note)
    }
}
