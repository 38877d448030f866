import CuentasCore
import CuentasStatements

extension HTMLRenderer {
    /// A state's page of a national site: its totals, each municipality's line, the clubs with projects there.
    public func state(_ group: PortfolioIndex.StateGroup, asOf: CalendarDate, currency: CurrencyCode, language: Language) -> String {
        let t = translations[language]!
        let path = SitePath.state(group.state?.id, language)
        let name = group.state?.name ?? t["state.none"]
        let body: [String: Any] = [
            "name": name, "asOf": t.date(asOf),
            "totals": areaFigures(AreaTotals(group.projects, currency: currency), t),
            "areas": group.municipalities.map { municipality in
                areaRow(
                    municipality.key.name, href: SitePath.relative(SitePath.municipality(municipality.key.id, language), from: path),
                    AreaTotals(municipality.projects, currency: currency), t)
            },
            "clubs": group.clubs.map { ["name": $0.name, "href": SitePath.relative(SitePath.club($0.id, language), from: path)] },
            "hasClubs": !group.clubs.isEmpty,
        ]
        return page("state", path: path, title: name, language: language, asOf: asOf, xmlPath: nil, body)
    }

    /// One line of an area table (`area-rows`): a state on the index, a municipality on a state's page.
    func areaRow(_ name: String, href: String, _ totals: AreaTotals, _ t: Translation) -> [String: Any] {
        var row = areaFigures(totals, t)
        row["name"] = name
        row["href"] = href
        row["late"] = "\(totals.lateProjects)"
        row["hasLate"] = totals.lateProjects > 0
        return row
    }

    func areaFigures(_ totals: AreaTotals, _ t: Translation) -> [String: Any] {
        [
            "projects": "\(totals.projects)", "cost": t.money(totals.cost), "received": t.money(totals.received),
            "outstanding": t.money(totals.outstanding), "paid": t.money(totals.paid),
        ]
    }
}
