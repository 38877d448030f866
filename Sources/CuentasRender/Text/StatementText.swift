import CuentasCore
import CuentasStatements

/// The statements as plain text for a terminal, with the same words as the pages.
public struct StatementText: Sendable {
    let t: Translation

    public init(translation: Translation) { t = translation }

    public func project(_ statement: ProjectStatement) -> String {
        let language = t.language
        var out = ["\(statement.folio) — \(statement.title.text(in: language))"]
        out.append(
            "\(t.kind(statement.kind)) · \(statement.locality), \(statement.municipality.name) · \(t["label.executingAgency"]): \(statement.executingAgency.name)"
        )
        out.append("\(t["label.clubs"]): " + statement.clubs.map(\.name).joined(separator: ", "))
        out.append(
            "\(t["label.status"]): " + statement.statusHistory.map { "\(t.status($0.status)) \(t.date($0.date))" }.joined(separator: " → "))
        out.append("\(t["label.approvedCost"]): \(t.money(statement.approvedCost))")
        if let end = statement.plannedEndOn { out.append("\(t["label.plannedEnd"]): \(t.date(end))") }
        out.append("")
        out.append("\(t["project.sources"]) (\(t["label.asOf"]) \(t.date(statement.asOf)))")
        var sources = TextTable([
            (t["label.party"], .left), (t["label.role"], .left), (t["label.committed"], .right), (t["label.received"], .right),
            (t["label.outstanding"], .right), (t["label.days"], .right),
        ])
        for source in statement.sources {
            sources.add([
                source.party.name, t.role(source.role), t.money(source.committed), t.money(source.received), t.money(source.outstanding),
                source.daysOutstanding.map { "\($0)" + (source.isLate ? " \(t["label.late"])" : "") } ?? "",
            ])
        }
        sources.add([
            t["label.total"], "", t.money(statement.totals.committed), t.money(statement.totals.received),
            t.money(statement.totals.outstanding), "",
        ])
        out.append(sources.rendered())
        out.append("")
        out.append(t["project.uses"])
        // A re-programmed budget shows each line as approved and as modified; paid is compared with modified.
        let reprogrammed = statement.isReprogrammed
        var lines = TextTable(
            [(t["label.line"], .right), (t["label.concept"], .left)]
                + (reprogrammed ? [(t["label.approved"], .right), (t["label.modified"], .right)] : [(t["label.budgeted"], .right)])
                + [(t["label.paid"], .right), (t["label.remaining"], .right)])
        for use in statement.uses {
            let budget = reprogrammed ? [t.money(use.approved), t.money(use.budgeted)] : [t.money(use.budgeted)]
            lines.add(["\(use.number)", use.concept] + budget + [t.money(use.paid), t.money(use.remaining)])
        }
        out.append(lines.rendered())
        out.append("")
        if statement.totalRefunded.isPositive { out.append("\(t["label.refunded"]): \(t.money(statement.totalRefunded))") }
        out.append("\(t["label.balance"]): \(t.money(statement.totals.balanceOnHand))")
        let physical = statement.totals.physicalProgressPercent.map(t.percent) ?? "—"
        out.append(
            "\(t["label.financial"]): \(t.percent(basisPoints: statement.totals.financialProgressBasisPoints)) · \(t["label.physical"]): \(physical)"
        )
        out.append(contentsOf: statement.shortArrivals.compactMap { SendingWords.shortArrivalWarning($0, t) })
        out.append(contentsOf: sendings(t["project.sendings"], statement.sendings, names: statement.clubs))
        for correction in statement.corrections {
            out.append(
                "\(t["project.corrections"]): #\(correction.reversedMovementID) \(t.movement(correction.reversedKind)), \(t.date(correction.date)): \(correction.reason)"
            )
        }
        out.append(contentsOf: changes(statement.changes))
        return out.joined(separator: "\n")
    }

    public func club(_ statement: ClubStatement) -> String {
        var out = [
            "\(statement.clubID) — \(statement.name)", "\(statement.cityAbroad), \(statement.stateAbroad), \(statement.countryAbroad)",
        ]
        if let toma = statement.tomaDeNota {
            out.append(
                "\(t["label.tomaDeNota"]) \(toma.number) · \(statement.tomaDeNotaIsCurrent ? t["label.validUntil"] : t["label.expiredOn"]) \(t.date(toma.expiresOn))"
            )
        }
        out.append("")
        out.append("\(t["club.fund"]) (\(t["label.asOf"]) \(t.date(statement.asOf)))")
        var fund = TextTable([(t["label.concept"], .left), (t["label.amount"], .right)])
        fund.add([t["label.memberDonations"], t.money(statement.memberDonations)])
        fund.add([t["label.eventIncome"], t.money(statement.eventIncome)])
        fund.add([t["label.fundBalance"], t.money(statement.fundBalance)])
        out.append(fund.rendered())
        if statement.inTransit.isPositive { out.append(t.format("club.inTransit", t.money(statement.inTransit))) }
        out.append(
            contentsOf: sendings(
                t["club.sendings"], statement.sendings, names: [PartyReference(id: statement.clubID, name: statement.name, role: .club)]))
        for cost in statement.remittanceCosts {
            out.append("")
            out.append("\(t["club.transfers"]) (\(cost.count))")
            var table = TextTable([(t["label.concept"], .left), (t["label.amount"], .right)])
            table.add([t["label.sent"], t.money(cost.sent)])
            table.add([t["label.fee"], t.money(cost.fees)])
            table.add([t["label.exchangeCost"], t.money(cost.exchangeCost)])
            table.add([t["label.ourCost"], cost.totalCostBasisPoints.map { t.percent(basisPoints: $0) } ?? "—"])
            if let corridor = statement.corridor {
                table.add(["\(t["label.corridorAverage"]) \(corridor.quarter)", t.percent(basisPoints: corridor.averageCostBasisPoints)])
            }
            out.append(table.rendered())
        }
        if statement.providers.contains(where: { !$0.provider.isEmpty }) {
            out.append("")
            out.append(t["club.providers"])
            var table = TextTable([
                (t["label.provider"], .left), (t["label.sendingCount"], .right), (t["label.sent"], .right),
                (t["label.costPercent"], .right),
            ])
            for provider in statement.providers {
                table.add([
                    provider.provider.isEmpty ? t["label.providerNotRecorded"] : provider.provider, "\(provider.cost.count)",
                    t.money(provider.cost.sent), provider.cost.totalCostBasisPoints.map { t.percent(basisPoints: $0) } ?? "—",
                ])
            }
            if let corridor = statement.corridor {
                table.add([
                    "\(t["label.corridorAverage"]) \(corridor.quarter)", "", "", t.percent(basisPoints: corridor.averageCostBasisPoints),
                ])
            }
            out.append(table.rendered())
        }
        out.append("")
        out.append(t["club.projects"])
        var projects = TextTable([
            (t["label.folio"], .left), (t["label.status"], .left), (t["label.committed"], .right), (t["label.given"], .right),
            (t["label.share"], .right),
        ])
        for share in statement.projects {
            projects.add([
                share.folio.text, t.status(share.status), t.money(share.committed), t.money(share.received),
                t.percent(basisPoints: share.shareBasisPoints),
            ])
        }
        out.append(projects.rendered())
        out.append(contentsOf: changes(statement.changes))
        return out.joined(separator: "\n")
    }

    public func municipality(_ statement: MunicipalityStatement) -> String {
        var out = ["\(statement.municipality.id) — \(statement.municipality.name)", ""]
        out.append("\(t["municipality.projects"]) (\(t["label.asOf"]) \(t.date(statement.asOf)))")
        out.append(projectList(statement.projects))
        out.append("")
        out.append(t["municipality.totals"])
        var totals = TextTable([
            (t["label.role"], .left), (t["label.committed"], .right), (t["label.received"], .right), (t["label.outstanding"], .right),
        ])
        for row in statement.roleTotals {
            totals.add([t.role(row.role), t.money(row.committed), t.money(row.received), t.money(row.outstanding)])
        }
        out.append(totals.rendered())
        out.append("")
        if statement.arrears.isEmpty {
            out.append(t["municipality.noArrears"])
        } else {
            out.append(t["municipality.arrears"])
            for arrear in statement.arrears {
                let since = arrear.since.map(t.date) ?? "—"
                out.append(
                    "  \(arrear.government?.name ?? t.role(arrear.role)): \(t.money(arrear.outstanding)) · \(t["label.since"]) \(since) (\(arrear.days ?? 0)) · "
                        + arrear.folios.map(\.text).joined(separator: ", "))
            }
        }
        let divergent = statement.divergentProjects
        if !divergent.isEmpty {
            out.append("")
            out.append(t["municipality.divergent"])
            for project in divergent {
                out.append(
                    "  \(project.folio): \(t["label.physical"]) \(project.totals.physicalProgressPercent.map(t.percent) ?? "—") · \(t["label.financial"]) \(t.percent(basisPoints: project.totals.financialProgressBasisPoints))"
                )
            }
        }
        out.append(
            contentsOf: sendings(
                t["municipality.sendings"], statement.sendingsToWatch.map(\.track), names: statement.sendingsToWatch.map(\.club)))
        if !statement.pledgesInOffice.isEmpty {
            out.append("")
            out.append(t["municipality.pledgesInOffice"])
            for pledge in statement.pledgesInOffice {
                out.append(
                    "  \(t.date(pledge.date)) · \(pledge.folio) · \(pledge.government.name) · \(pledge.administration ?? t["changes.none"])"
                )
            }
        }
        out.append(contentsOf: changes(statement.changes))
        return out.joined(separator: "\n")
    }

    /// The "changes to this record" lines, or none when nothing was amended.
    /// Sendings not confirmed on arrival, or short, one per line under a heading; nothing when there are none.
    private func sendings(_ heading: String, _ tracks: [SendingTrack], names: [PartyReference]) -> [String] {
        guard !tracks.isEmpty else { return [] }
        return ["", heading]
            + tracks.map { track in
                let club = SendingRows.name(of: track.sending.clubID, among: names)
                var situation = SendingWords.situation(track, t)
                if case .inTransit(let days, _) = track.outcome { situation += " · \(t["label.daysInTransit"]): \(days)" }
                return
                    "  #\(track.movementID) \(t.date(track.sentOn)) · \(club) · \(track.sending.folio) · \(track.sending.provider) · \(t.money(track.sending.sent)) · \(situation)"
            }
    }

    private func changes(_ changes: [RecordChange]) -> [String] {
        guard !changes.isEmpty else { return [] }
        return ["", t["changes.title"]]
            + changes.map { change in
                let words = RecordChangeWords(change, t)
                let minutes = change.minutes.map { " · \(t["changes.minutes"]) \($0)" } ?? ""
                return "  \(t.date(change.date)) · \(words.what): \(words.change) · \(change.reason)\(minutes) · \(change.recordedBy)"
            }
    }

    public func projectList(_ projects: [ProjectSummary]) -> String {
        var table = TextTable([
            (t["label.folio"], .left), (t["label.kind"], .left), (t["label.status"], .left), (t["label.approvedCost"], .right),
            (t["label.received"], .right), (t["label.paid"], .right), (t["label.physical"], .right), (t["label.financial"], .right),
        ])
        for project in projects {
            table.add([
                project.folio.text, t.kind(project.kind), t.status(project.status), t.money(project.approvedCost),
                t.money(project.totals.received), t.money(project.totals.paid),
                project.totals.physicalProgressPercent.map(t.percent) ?? "—",
                t.percent(basisPoints: project.totals.financialProgressBasisPoints),
            ])
        }
        return table.rendered()
    }
}
