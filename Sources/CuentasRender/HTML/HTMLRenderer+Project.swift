import CuentasCore
import CuentasStatements

extension HTMLRenderer {
    /// The project statement as one self-contained page, at `SitePath.project`.
    /// With `evidence`, the page shows the project's photos (thumbnails embedded), documents, the committee's visits and
    /// the complaints; whom to ask is said on every page, named or not.
    public func project(_ statement: ProjectStatement, language: Language, evidence: PageEvidence? = nil) -> String {
        let t = translations[language]!
        let path = SitePath.project(statement.folio, language)
        func link(_ target: String) -> String { SitePath.relative(target, from: path) }
        func reversal(_ mark: ReversalMark?) -> [String: Any]? {
            mark.map { ["date": t.date($0.date), "reason": $0.reason, "id": $0.reversalID] }
        }
        // A late pledge is said among the answers at the top (with its date); these are the other warnings.
        var warnings: [String] = []
        if statement.totals.progressDiverges, let physical = statement.totals.physicalProgressPercent {
            warnings.append(
                t.format(
                    "project.warningDiverges", t.percent(physical), t.percent(basisPoints: statement.totals.financialProgressBasisPoints)))
        }
        for track in statement.unconfirmedSendings {
            guard case .inTransit(let days, _) = track.outcome else { continue }
            let club = SendingRows.name(of: track.sending.clubID, among: statement.clubs)
            warnings.append(t.format("project.warningUnconfirmed", club, t.money(track.sending.sent), t.date(track.sentOn), "\(days)"))
        }
        warnings.append(contentsOf: statement.shortArrivals.compactMap { SendingWords.shortArrivalWarning($0, t) })
        let sources: [[String: Any]] = statement.sources.map { source in
            [
                "name": source.party.name, "role": t.role(source.role), "committed": t.money(source.committed),
                "received": t.money(source.received), "outstanding": t.money(source.outstanding),
                "days": source.daysOutstanding.map { "\($0)" } ?? "", "isLate": source.isLate,
                "since": source.outstandingSince.map(t.date) ?? "",
                "href": source.role == .club ? link(SitePath.club(source.party.id, language)) : "",
            ]
        }
        let arrivals: [[String: Any]] = statement.arrivals.map { arrival in
            [
                "date": t.date(arrival.date), "party": arrival.party.name, "received": t.money(arrival.received),
                "reference": arrival.reference, "fromClubFund": arrival.fromClubFund, "fromAbroad": arrival.isFromAbroad,
                "sent": t.money(arrival.sent), "fee": t.money(arrival.fee), "rate": arrival.exchangeRate.description,
                "exchangeCost": arrival.exchangeCost.map(t.money) ?? "—", "id": arrival.movementID,
                "oneStep": arrival.fromClubFund && arrival.sentOn == nil,
                "sentThrough": arrival.sentOn.map { t.format("label.sentThrough", t.date($0), arrival.provider ?? "") } as Any,
                "shortBy": arrival.shortfall.map { SendingWords.shortBy($0, t) } as Any,
                "reversal": reversal(arrival.reversal) as Any,
            ]
        }
        let lines: [[String: Any]] = statement.uses.map { use in
            [
                "number": use.number, "concept": use.concept, "approved": t.money(use.approved), "budgeted": t.money(use.budgeted),
                "paid": t.money(use.paid),
                "remaining": t.money(use.remaining), "overspent": use.remaining.isNegative,
            ]
        }
        // The CFDI invoices checked against their payments, by payment.
        var checkedInvoices: [MovementID: EvidenceItem] = [:]
        for file in evidence?.statement.documents ?? [] where file.item.invoiceCheck != nil {
            if let id = file.item.movementID { checkedInvoices[id] = file.item }
        }
        let payments: [[String: Any]] = statement.uses.flatMap { use in
            use.payments.map { payment in
                let invoice = checkedInvoices[payment.movementID]
                return [
                    "date": t.date(payment.date), "line": use.number, "payee": payment.payee, "taxID": payment.payeeTaxID ?? "",
                    "concept": payment.concept, "amount": t.money(payment.amount), "invoice": payment.invoiceUUID ?? "—",
                    "id": payment.movementID, "overrunReason": payment.overrunReason as Any,
                    "invoiceChecked": invoice == nil ? "" : t["oversight.invoiceCheckedShort"],
                    "invoiceHref": invoice.map { link(SitePath.evidence($0)) } as Any,
                    "reversal": reversal(payment.reversal) as Any,
                ] as [String: Any]
            }
        }.sorted { ($0["id"] as! MovementID) < ($1["id"] as! MovementID) }
        let refunds: [[String: Any]] = statement.refunds.map { refund in
            [
                "date": t.date(refund.date), "party": refund.party.name, "amount": t.money(refund.amount), "reference": refund.reference,
                "reversal": reversal(refund.reversal) as Any,
            ]
        }
        let progress: [[String: Any]] = statement.progress.map { point in
            [
                "date": t.date(point.date), "percent": t.percent(point.physicalPercent), "note": point.note,
                "reversal": reversal(point.reversal) as Any,
            ]
        }
        let corrections: [[String: Any]] = statement.corrections.map { correction in
            [
                "id": correction.movementID, "date": t.date(correction.date), "reversedID": correction.reversedMovementID,
                "kind": t.movement(correction.reversedKind), "amount": correction.reversedAmount.map(t.money) ?? "",
                "reason": correction.reason, "recordedBy": correction.recordedBy,
            ]
        }
        let history: [[String: Any]] = statement.statusHistory.map { step in
            [
                "status": t.status(step.status), "date": t.date(step.date), "reference": step.reference ?? "",
                "reason": step.reason ?? "",
            ]
        }
        let fundsChart = BarChart(
            pairsWithID: "chart-funds", title: t["chart.funds"], legend: (t["chart.committed"], t["chart.received"]),
            pairs: statement.sources.map { source in
                BarChart.Pair(
                    label: source.party.name, first: (source.committed.minorUnits, t.money(source.committed)),
                    second: (source.received.minorUnits, t.money(source.received)))
            }, namingSeries: true)
        let budgetChart = BarChart(
            pairsWithID: "chart-budget", title: t["chart.budget"], legend: (t["chart.budgeted"], t["chart.paid"]),
            pairs: statement.uses.map { use in
                BarChart.Pair(
                    label: "\(use.number). \(use.concept)", first: (use.budgeted.minorUnits, t.money(use.budgeted)),
                    second: (use.paid.minorUnits, t.money(use.paid)))
            }, namingSeries: true)
        let physical = Int64(statement.totals.physicalProgressPercent ?? 0) * 100
        let progressChart = BarChart(
            id: "chart-progress", title: t["chart.progress"],
            summary:
                "\(t["label.physical"]): \(statement.totals.physicalProgressPercent.map(t.percent) ?? "—"); \(t["label.financial"]): \(t.percent(basisPoints: statement.totals.financialProgressBasisPoints))",
            legend: [],
            rows: [
                BarChart.Row(
                    label: t["label.physical"],
                    bars: [.init(value: physical, text: statement.totals.physicalProgressPercent.map(t.percent) ?? "—", style: "second")]),
                BarChart.Row(
                    label: t["label.financial"],
                    bars: [
                        .init(
                            value: statement.totals.financialProgressBasisPoints,
                            text: t.percent(basisPoints: statement.totals.financialProgressBasisPoints), style: "second")
                    ]),
                BarChart.Row(label: "", bars: [.init(value: 10_000, text: t.percent(100), style: "scale")]),
            ])
        let oversight = evidence.map { OversightWords(evidence: $0, t: t, path: path).context }
        let body: [String: Any] = [
            "oversight": oversight as Any, "hasOversight": evidence != nil,
            "ask": OversightWords.ask(evidence?.statement, municipality: statement.municipality.name, t),
            "folio": statement.folio.text, "title": statement.title.text(in: language),
            "description": statement.description.text(in: language), "kind": t.kind(statement.kind),
            "status": t.status(statement.status), "statusKey": statement.status.rawValue,
            "municipality": statement.municipality.name,
            "municipalityHref": link(SitePath.municipality(statement.municipality.id, language)),
            "locality": statement.locality,
            "clubs": statement.clubs.map { ["name": $0.name, "href": link(SitePath.club($0.id, language))] },
            "executingAgency": statement.executingAgency.name, "scheme": statement.schemeID?.text ?? "",
            "asOf": t.date(statement.asOf), "approvedCost": t.money(statement.approvedCost),
            "totalCommitted": t.money(statement.totals.committed), "totalReceived": t.money(statement.totals.received),
            "totalPaid": t.money(statement.totals.paid), "totalRefunded": t.money(statement.totalRefunded),
            "hasRefunds": !statement.refunds.isEmpty, "totalOutstanding": t.money(statement.totals.outstanding),
            "balance": t.money(statement.totals.balanceOnHand),
            "physical": statement.totals.physicalProgressPercent.map(t.percent) ?? "—",
            "financial": t.percent(basisPoints: statement.totals.financialProgressBasisPoints),
            "answers": ProjectAnswers(statement, t).context + OversightWords.answers(evidence?.statement, t), "warnings": warnings,
            "sources": sources, "arrivals": arrivals, "hasArrivals": !arrivals.isEmpty,
            "sendings": SendingRows.rows(statement.sendings, names: statement.clubs, t), "hasSendings": !statement.sendings.isEmpty,
            "lines": lines, "payments": payments, "hasPayments": !payments.isEmpty,
            "isScholarship": statement.kind.keepsPayeesPrivate, "refunds": refunds, "progress": progress,
            "hasProgress": !progress.isEmpty, "corrections": corrections, "hasCorrections": !corrections.isEmpty,
            "history": history, "reprogrammed": statement.isReprogrammed,
            "plannedEnd": statement.plannedEndOn.map(t.date) ?? "",
            "changes": RecordChangeWords.rows(statement.changes, t), "hasChanges": !statement.changes.isEmpty,
            "fundsChart": render("chart", fundsChart.context),
            "budgetChart": render("chart", budgetChart.context), "progressChart": render("chart", progressChart.context),
        ]
        return page(
            "project", path: path, title: "\(statement.folio) · \(statement.title.text(in: language))", language: language,
            asOf: statement.asOf, xmlPath: SitePath.projectXML(statement.folio), body)
    }
}
