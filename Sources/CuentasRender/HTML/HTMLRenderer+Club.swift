import CuentasCore
import CuentasStatements

extension HTMLRenderer {
    /// The club statement as one self-contained page, at `SitePath.club`.
    public func club(_ statement: ClubStatement, language: Language) -> String {
        let t = translations[language]!
        let path = SitePath.club(statement.clubID, language)
        func link(_ target: String) -> String { SitePath.relative(target, from: path) }
        let events: [[String: Any]] = statement.events.map { event in
            ["date": t.date(event.date), "name": event.name, "amount": t.money(event.amount), "reversed": event.reversal != nil]
        }
        let transfers: [[String: Any]] = statement.transfers.map { transfer in
            [
                "date": t.date(transfer.date), "folio": transfer.folio.text, "title": transfer.projectTitle.text(in: language),
                "href": link(SitePath.project(transfer.folio, language)), "sent": t.money(transfer.sent), "fee": t.money(transfer.fee),
                "exchangeCost": transfer.exchangeCost.map(t.money) ?? "—", "received": t.money(transfer.received),
                "cost": t.percent(basisPoints: transfer.costBasisPoints), "reference": transfer.reference,
                "reversed": transfer.reversal != nil, "oneStep": transfer.sentOn == nil,
                "sentThrough": transfer.sentOn.map { t.format("label.sentThrough", t.date($0), transfer.provider ?? "") } as Any,
                "shortBy": transfer.shortfall.map { SendingWords.shortBy($0, t) } as Any,
            ]
        }
        let providers: [[String: Any]] = statement.providers.map { provider in
            [
                "provider": provider.provider.isEmpty ? t["label.providerNotRecorded"] : provider.provider, "count": provider.cost.count,
                "sent": t.money(provider.cost.sent), "fees": t.money(provider.cost.fees),
                "exchangeCost": t.money(provider.cost.exchangeCost),
                "percent": provider.cost.totalCostBasisPoints.map { t.percent(basisPoints: $0) } ?? "—",
            ]
        }
        let cheapest = statement.cheapestProvider.map { provider in
            t.format("club.cheapest", provider.provider, provider.cost.totalCostBasisPoints.map { t.percent(basisPoints: $0) } ?? "—")
        }
        let costs: [[String: Any]] = statement.remittanceCosts.map { cost in
            [
                "sent": t.money(cost.sent), "fees": t.money(cost.fees), "exchangeCost": t.money(cost.exchangeCost),
                "percent": cost.totalCostBasisPoints.map { t.percent(basisPoints: $0) } ?? "—", "count": cost.count,
            ]
        }
        let corridor = statement.corridor.map { price -> [String: Any] in
            ["average": t.percent(basisPoints: price.averageCostBasisPoints), "source": t.format("club.corridorSource", price.quarter)]
        }
        let projects: [[String: Any]] = statement.projects.map { share in
            [
                "folio": share.folio.text, "title": share.title.text(in: language), "href": link(SitePath.project(share.folio, language)),
                "status": t.status(share.status), "committed": t.money(share.committed), "received": t.money(share.received),
                "share": t.percent(basisPoints: share.shareBasisPoints),
            ]
        }
        var registration = ""
        if let toma = statement.tomaDeNota {
            registration =
                "\(toma.number), " + (statement.tomaDeNotaIsCurrent ? t["label.validUntil"] : t["label.expiredOn"])
                + " \(t.date(toma.expiresOn))"
        }
        var chartRows: [BarChart.Row] = []
        if let own = statement.totalCostBasisPoints {
            chartRows.append(
                .init(label: t["label.ourCost"], bars: [.init(value: own, text: t.percent(basisPoints: own), style: "second")]))
        }
        if let price = statement.corridor {
            chartRows.append(
                .init(
                    label: "\(t["label.corridorAverage"]) \(price.quarter)",
                    bars: [
                        .init(
                            value: price.averageCostBasisPoints, text: t.percent(basisPoints: price.averageCostBasisPoints), style: "first")
                    ]))
        }
        let costChart = BarChart(
            id: "chart-cost", title: t["club.cost"],
            summary: chartRows.map { "\($0.label): \($0.bars.first!.text)" }.joined(separator: "; "), legend: [], rows: chartRows)
        let body: [String: Any] = [
            "feedHref": SitePath.relative(SitePath.clubFeed(statement.clubID, language), from: path),
            "contributionHref": SitePath.relative(SitePath.contribution(.club(statement.clubID), language), from: path),
            "name": statement.name, "id": statement.clubID.text, "federation": statement.federation ?? "",
            "place": "\(statement.cityAbroad), \(statement.stateAbroad), \(statement.countryAbroad)",
            "registration": registration, "registrationExpired": statement.tomaDeNota != nil && !statement.tomaDeNotaIsCurrent,
            "asOf": t.date(statement.asOf), "memberDonations": t.money(statement.memberDonations),
            "donationCount": statement.memberDonationCount, "eventIncome": t.money(statement.eventIncome),
            "fundBalance": t.money(statement.fundBalance), "events": events, "hasEvents": !events.isEmpty,
            "transfers": transfers, "hasTransfers": !transfers.isEmpty, "costs": costs, "corridor": corridor as Any,
            "hasCorridor": statement.corridor != nil, "costChart": chartRows.isEmpty ? "" : render("chart", costChart.context),
            "projects": projects,
            "inTransit": statement.inTransit.isPositive ? t.format("club.inTransit", t.money(statement.inTransit)) : "",
            "sendings": SendingRows.rows(
                statement.sendings, names: [], projectHref: { link(SitePath.project($0, language)) }, t),
            "hasSendings": !statement.sendings.isEmpty,
            // Shown once the club has used a provider by name: one-step transfers alone name none to compare.
            "providers": providers, "hasProviders": statement.providers.contains { !$0.provider.isEmpty }, "cheapest": cheapest ?? "",
            "changes": RecordChangeWords.rows(statement.changes, t), "hasChanges": !statement.changes.isEmpty,
        ]
        return page(
            "club", path: path, title: statement.name, language: language, asOf: statement.asOf,
            xmlPath: SitePath.clubXML(statement.clubID), body)
    }
}
