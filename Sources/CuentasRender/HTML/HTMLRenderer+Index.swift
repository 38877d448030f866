import CuentasCore
import CuentasStatements

extension HTMLRenderer {
    /// Up to this many projects the index lists every one, by municipality, kind and status; beyond, it gives the counts
    /// and leaves the lists to the municipality pages, so that the page still opens on a phone (a national
    /// portfolio of 40,000 projects listed four times was 27 MB).
    public static let maximumListedProjects = 500

    /// The portfolio index of one language: totals, and every project by municipality, kind and status with plain
    /// links (for a portfolio larger than `maximumListedProjects`, the counts and the municipality pages).
    public func index(_ portfolio: PortfolioIndex, language: Language) -> String {
        let t = translations[language]!
        let path = SitePath.index(language)
        let listsProjects = portfolio.projects.count <= Self.maximumListedProjects
        func rows(_ projects: [ProjectSummary]) -> [[String: Any]] {
            listsProjects ? projects.map { summaryRow($0, t: t, language: language, from: path) } : []
        }
        let body: [String: Any] = [
            "listsProjects": listsProjects,
            "listedElsewhere": t.format("index.listedElsewhere", "\(portfolio.projects.count)"),
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
                [
                    "name": t.kind(group.key), "anchor": "kind-\(group.key.rawValue)", "count": group.projects.count,
                    "projects": rows(group.projects),
                ] as [String: Any]
            },
            "statuses": portfolio.statuses.map { group in
                [
                    "name": t.status(group.key), "anchor": "status-\(group.key.rawValue)", "count": group.projects.count,
                    "projects": rows(group.projects),
                ] as [String: Any]
            },
            "areas": portfolio.states.map { group in
                areaRow(
                    group.state?.name ?? t["state.none"], href: SitePath.relative(SitePath.state(group.state?.id, language), from: path),
                    AreaTotals(group.projects, currency: portfolio.totalCost.currency), t)
            },
            "clubsOnStatePages": t["index.clubsOnStatePages"],
            "clubs": !listsProjects
                ? [] : portfolio.clubs.map { ["name": $0.name, "href": SitePath.relative(SitePath.club($0.id, language), from: path)] },
            "corridors": portfolio.corridors.map { corridor in
                [
                    "heading": t.format("index.corridor", corridor.sendingCountry, corridor.receivingCountry),
                    "providers": corridor.providers.map { provider in
                        [
                            "provider": provider.provider.isEmpty ? t["label.providerNotRecorded"] : provider.provider,
                            "count": provider.cost.count, "sent": t.money(provider.cost.sent), "fees": t.money(provider.cost.fees),
                            "exchangeCost": t.money(provider.cost.exchangeCost),
                            "percent": provider.cost.totalCostBasisPoints.map { t.percent(basisPoints: $0) } ?? "—",
                        ] as [String: Any]
                    },
                    "average": corridor.average.map { t.percent(basisPoints: $0.averageCostBasisPoints) } ?? "",
                    "averageLabel": corridor.average.map { "\(t["label.corridorAverage"]) \($0.quarter)" } ?? "",
                    "cheapest": corridor.cheapest.map { provider in
                        t.format(
                            "index.cheapest", provider.provider,
                            provider.cost.totalCostBasisPoints.map { t.percent(basisPoints: $0) } ?? "—")
                    } ?? "",
                ] as [String: Any]
            },
            "hasCorridors": !portfolio.corridors.isEmpty,
            "csvHref": SitePath.relative(SitePath.movementsCSV, from: path),
            "contributionHref": SitePath.relative(SitePath.contribution(.country, language), from: path),
            "schemaHref": SitePath.relative(SitePath.schema, from: path),
        ]
        return page("index", path: path, title: t["index.title"], language: language, asOf: portfolio.asOf, xmlPath: nil, body)
    }

    /// The site's front door: a choice of language, in both languages.
    public func languageChoice(asOf: CalendarDate) -> String {
        let spanish = translations[.spanish]!
        let english = translations[.english]!
        var context: [String: Any] = [
            "t": spanish.nested, "spanish": spanish.nested, "english": english.nested,
            "spanishHref": SitePath.index(.spanish), "englishHref": SitePath.index(.english),
            "generatedSpanish": spanish.format("footer.generated", spanish.date(asOf)),
            "generatedEnglish": english.format("footer.generated", english.date(asOf)),
            "historyHref": "", "stampSpanish": "", "stampEnglish": "",
        ]
        if let stamp {
            // A signed publication lives in versions/N/; the history of all of them is two folders up.
            context["historyHref"] = "../../index.html"
            context["stampSpanish"] = spanish.format(
                "footer.publication", "\(stamp.number)", spanish.date(stamp.publishedOn), stamp.signer, stamp.fingerprint)
            context["stampEnglish"] = english.format(
                "footer.publication", "\(stamp.number)", english.date(stamp.publishedOn), stamp.signer, stamp.fingerprint)
        }
        return render("language-choice", context)
    }

    /// The front page of a signed site: every publication, the latest first, and the keys that sign them.
    public func history(_ publications: [PublicationSummary], keys: [(name: String, fingerprint: String)]) -> String {
        let spanish = translations[.spanish]!
        let english = translations[.english]!
        let rows: [[String: Any]] = publications.sorted { $0.number > $1.number }.map { publication in
            [
                "number": publication.number, "href": "versions/\(publication.number)/index.html",
                "verifyHref": "versions/\(publication.number)/\(SitePath.verifyPage)",
                // Not "spanish"/"english": inside a row those would hide the tables the template reads as `spanish.…`.
                "stampSpanish": spanish.format(
                    "footer.publication", "\(publication.number)", spanish.date(publication.publishedOn), publication.signer,
                    publication.fingerprint),
                "stampEnglish": english.format(
                    "footer.publication", "\(publication.number)", english.date(publication.publishedOn), publication.signer,
                    publication.fingerprint),
                "movements": publication.movements,
            ]
        }
        let context: [String: Any] = [
            "spanish": spanish.nested, "english": english.nested, "latest": rows.first ?? [:], "earlier": Array(rows.dropFirst()),
            "hasEarlier": rows.count > 1, "keys": keys.map { ["name": $0.name, "fingerprint": $0.fingerprint] },
        ]
        return render("history", context)
    }
}
