import CuentasCore
import CuentasStatements

extension HTMLRenderer {
    /// The portfolio index of one language: every project, by municipality, kind and status, with plain links.
    public func index(_ portfolio: PortfolioIndex, language: Language) -> String {
        let t = translations[language]!
        let path = SitePath.index(language)
        func rows(_ projects: [ProjectSummary]) -> [[String: Any]] { projects.map { summaryRow($0, t: t, language: language, from: path) } }
        let body: [String: Any] = [
            "asOf": t.date(portfolio.asOf), "count": portfolio.projects.count, "totalCost": t.money(portfolio.totalCost),
            "totalReceived": t.money(portfolio.totalReceived), "totalPaid": t.money(portfolio.totalPaid),
            "totalOutstanding": t.money(portfolio.totalOutstanding), "projects": rows(portfolio.projects),
            "municipalities": portfolio.municipalities.map { group in
                [
                    "name": group.key.name, "href": SitePath.relative(SitePath.municipality(group.key.id, language), from: path),
                    "count": group.projects.count, "projects": rows(group.projects),
                ] as [String: Any]
            },
            "kinds": portfolio.kinds.map { group in
                ["name": t.kind(group.key), "anchor": "kind-\(group.key.rawValue)", "count": group.projects.count, "projects": rows(group.projects)] as [String: Any]
            },
            "statuses": portfolio.statuses.map { group in
                ["name": t.status(group.key), "anchor": "status-\(group.key.rawValue)", "count": group.projects.count, "projects": rows(group.projects)] as [String: Any]
            },
            "clubs": portfolio.clubs.map { ["name": $0.name, "href": SitePath.relative(SitePath.club($0.id, language), from: path)] },
            "csvHref": SitePath.relative(SitePath.movementsCSV, from: path),
            "schemaHref": SitePath.relative(SitePath.schema, from: path),
        ]
        return page("index", path: path, title: t["index.title"], language: language, asOf: portfolio.asOf, xmlPath: nil, body)
    }

    /// The site's front door: a choice of language, in both languages.
    public func languageChoice(asOf: CalendarDate) -> String {
        let spanish = translations[.spanish]!
        let english = translations[.english]!
        let context: [String: Any] = [
            "t": spanish.nested, "spanish": spanish.nested, "english": english.nested,
            "spanishHref": SitePath.index(.spanish), "englishHref": SitePath.index(.english),
            "generatedSpanish": spanish.format("footer.generated", spanish.date(asOf)),
            "generatedEnglish": english.format("footer.generated", english.date(asOf)),
        ]
        return render("language-choice", context)
    }
}
