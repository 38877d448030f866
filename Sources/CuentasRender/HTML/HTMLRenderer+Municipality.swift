import CuentasCore
import CuentasStatements

extension HTMLRenderer {
    /// The municipality statement as one self-contained page, at `SitePath.municipality`.
    /// With `oversight`, the page flags the projects with complaints unanswered past the limit and names the comptroller.
    public func municipality(_ statement: MunicipalityStatement, language: Language, oversight: MunicipalityOversight? = nil) -> String {
        let t = translations[language]!
        let path = SitePath.municipality(statement.municipality.id, language)
        let projects = statement.projects.map { summaryRow($0, t: t, language: language, from: path) }
        let totals: [[String: Any]] = statement.roleTotals.map { row in
            [
                "role": t.role(row.role), "committed": t.money(row.committed), "received": t.money(row.received),
                "outstanding": t.money(row.outstanding),
            ]
        }
        let arrears: [[String: Any]] = statement.arrears.map { arrear in
            [
                "government": arrear.government?.name ?? t.role(arrear.role), "role": t.role(arrear.role),
                "outstanding": t.money(arrear.outstanding), "since": arrear.since.map(t.date) ?? "",
                "days": arrear.days.map { "\($0)" } ?? "",
                "projects": arrear.folios.map {
                    ["folio": $0.text, "href": SitePath.relative(SitePath.project($0, language), from: path)]
                },
            ]
        }
        let divergent = statement.divergentProjects.map { summaryRow($0, t: t, language: language, from: path) }
        let overdue: [[String: Any]] = (oversight?.overdueComplaints ?? [:]).sorted { $0.key < $1.key }.map { folio, count in
            [
                "text": t.format("municipality.complaintsOverdue", folio.text, "\(count)", "\(oversight?.rule.answerWithinDays ?? 30)"),
                "href": SitePath.relative(SitePath.project(folio, language), from: path) + "#complaints",
            ]
        }
        let comptroller = OversightWords.comptroller(oversight?.comptroller, t)
        let body: [String: Any] = [
            "complaintsOverdue": overdue, "comptroller": comptroller,
            "howToComplain": t.format(
                "oversight.howToComplain", "\(oversight?.rule.answerWithinDays ?? ComplaintRule.standard.answerWithinDays)"),
            "feedHref": SitePath.relative(SitePath.municipalityFeed(statement.municipality.id, language), from: path),
            "name": statement.municipality.name, "stateName": statement.stateName ?? "",
            "stateHref": SitePath.relative(SitePath.state(statement.stateID, language), from: path), "asOf": t.date(statement.asOf),
            "totalCost": t.money(statement.totalCost), "totalReceived": t.money(statement.totalReceived),
            "totalPaid": t.money(statement.totalPaid), "projects": projects, "totals": totals, "arrears": arrears,
            "hasArrears": !arrears.isEmpty, "divergent": divergent, "hasDivergent": !divergent.isEmpty,
            "divergentExplained": t.format("municipality.divergentExplained", "\(MunicipalityFigures.divergencePercentagePoints)"),
            "pledgesInOffice": statement.pledgesInOffice.map { pledge in
                [
                    "date": t.date(pledge.date), "folio": pledge.folio.text, "title": pledge.title.text(in: language),
                    "href": SitePath.relative(SitePath.project(pledge.folio, language), from: path), "government": pledge.government.name,
                    "administration": pledge.administration ?? t["changes.none"],
                ] as [String: Any]
            },
            "hasPledgesInOffice": !statement.pledgesInOffice.isEmpty,
            "sendingsToWatch": SendingRows.rows(
                statement.sendingsToWatch.map(\.track), names: statement.sendingsToWatch.map(\.club),
                projectHref: { SitePath.relative(SitePath.project($0, language), from: path) }, t),
            "hasSendingsToWatch": !statement.sendingsToWatch.isEmpty,
            "changes": RecordChangeWords.rows(statement.changes, t), "hasChanges": !statement.changes.isEmpty,
        ]
        return page(
            "municipality", path: path, title: statement.municipality.name, language: language, asOf: statement.asOf,
            xmlPath: SitePath.municipalityXML(statement.municipality.id), body)
    }

    /// A project as a row of a list, linking to its statement.
    func summaryRow(_ summary: ProjectSummary, t: Translation, language: Language, from path: String) -> [String: Any] {
        [
            "folio": summary.folio.text, "title": summary.title.text(in: language),
            "href": SitePath.relative(SitePath.project(summary.folio, language), from: path),
            "municipality": summary.municipality.name, "kind": t.kind(summary.kind), "status": t.status(summary.status),
            "cost": t.money(summary.approvedCost), "received": t.money(summary.totals.received), "paid": t.money(summary.totals.paid),
            "outstanding": t.money(summary.totals.outstanding), "physical": summary.totals.physicalProgressPercent.map(t.percent) ?? "—",
            "financial": t.percent(basisPoints: summary.totals.financialProgressBasisPoints), "late": summary.totals.hasLateGovernment,
        ]
    }
}
