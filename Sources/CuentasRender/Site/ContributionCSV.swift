import CuentasCore
import CuentasStatements

/// The diaspora's contribution as one CSV file: every scope (country, state of origin, federation, club), each year
/// and "all", one row per currency its amounts are in (amounts are never converted: a row in USD has what was raised
/// and sent, a row in MXN what the works received). Plain decimals, like the movements file.
public enum ContributionCSV {
    public static let header = [
        "level", "code", "name", "year", "currency", "raised", "sent", "fees", "exchange_cost", "cost_percent",
        "corridor_average_percent", "corridor_quarter", "received_by_works", "received_from_governments", "government_per_club_peso",
    ]

    public static func text(_ reports: [DiasporaContribution]) -> String {
        var lines = [header.joined(separator: ",")]
        for report in reports {
            let (level, code) = scope(report.scope)
            let years = report.years.map { ("\($0.year)", $0.figures, $0.corridorAverage) } + [("all", report.total, nil)]
            for (year, figures, corridor) in years {
                let currencies = Set(figures.raised.totals.keys).union(figures.sending.keys).union(figures.delivered.totals.keys)
                    .union(figures.government.totals.keys).sorted()
                let perPeso =
                    DiasporaContribution.hundredths(figures.government, per: figures.delivered).map(ContributionWords.decimal) ?? ""
                for currency in currencies {
                    let cost = figures.sending[currency]
                    func amount(_ total: MoneyTotal?) -> String { total.map(\.decimalText) ?? "" }
                    let delivered = figures.delivered.totals[currency], government = figures.government.totals[currency]
                    let cells = [
                        level, code, report.name, year, currency.code, amount(figures.raised.totals[currency]), amount(cost?.sent),
                        amount(cost?.fees), amount(cost?.exchangeCost),
                        cost?.totalCostBasisPoints.map { ContributionWords.decimal($0) } ?? "",
                        cost == nil ? "" : corridor.map { ContributionWords.decimal($0.averageCostBasisPoints) } ?? "",
                        cost == nil ? "" : corridor?.quarter ?? "", amount(delivered), amount(government),
                        delivered == nil ? "" : perPeso,
                    ]
                    lines.append(cells.map(MovementsCSV.cell).joined(separator: ","))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func scope(_ scope: DiasporaContribution.Scope) -> (String, String) {
        switch scope {
        case .country: return ("country", "")
        case .stateOfOrigin(let name): return ("state", name)
        case .federation(let id): return ("federation", id.text)
        case .noFederation(let name): return ("no-federation", name)
        case .club(let id): return ("club", id.text)
        }
    }
}
