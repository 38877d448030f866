import CuentasCore
import CuentasStatements

extension HTMLRenderer {
    /// The diaspora's contribution for one scope: totals, year by year (a table and two charts), each part one level
    /// down, the works the clubs sponsor by kind and status.
    public func contribution(_ report: DiasporaContribution, language: Language) -> String {
        let t = translations[language]!
        let path = SitePath.contribution(report.scope, language)
        func href(_ scope: DiasporaContribution.Scope) -> String { SitePath.relative(SitePath.contribution(scope, language), from: path) }
        let years = report.years.map { year in
            var row = ContributionWords.figures(year.figures, t)
            row["year"] = "\(year.year)"
            row["corridor"] = year.corridorAverage.map { "\(t.percent(basisPoints: $0.averageCostBasisPoints)) (\($0.quarter))" } ?? "—"
            return row
        }
        var body: [String: Any] = [
            "kicker": t["contribution.kicker-\(ContributionWords.level(report.scope))"],
            "name": ContributionWords.name(report.scope, report.name, t), "asOf": t.date(report.asOf),
            "total": ContributionWords.figures(report.total, t), "years": years,
            "parts": report.parts.map { part in
                var row = ContributionWords.figures(part.total, t)
                row["name"] = ContributionWords.name(part.scope, part.name, t)
                row["href"] = href(part.scope)
                return row
            },
            "hasParts": !report.parts.isEmpty,
            "partsTitle": t.ifPresent("contribution.parts-\(ContributionWords.level(report.scope))") ?? "",
            "kinds": report.projectsByKind.map { ["name": t.kind($0.key), "count": "\($0.count)"] },
            "statuses": report.projectsByStatus.map { ["name": t.status($0.key), "count": "\($0.count)"] },
            "hasProjects": !report.projectsByKind.isEmpty,
            "csvHref": SitePath.relative(SitePath.contributionCSV, from: path),
            "upHref": "", "upName": "", "clubPageHref": "", "clubPageName": "",
        ]
        if let up = report.up {
            body["upHref"] = href(up.scope)
            body["upName"] = ContributionWords.name(up.scope, up.name, t)
        }
        if case .club(let id) = report.scope {
            body["clubPageHref"] = SitePath.relative(SitePath.club(id, language), from: path)
            body["clubPageName"] = report.name
        }
        let charts = ContributionWords.charts(report, t)
        body["moneyChart"] = charts.money.map { render("chart", $0.context) } ?? ""
        body["projectsChart"] = charts.projects.map { render("chart", $0.context) } ?? ""
        body["currencyNote"] = charts.note ?? ""
        let title = "\(t["contribution.title"]) · \(ContributionWords.name(report.scope, report.name, t))"
        return page("contribution", path: path, title: title, language: language, asOf: report.asOf, xmlPath: nil, body)
    }
}
