import CuentasCore

/// A project's figures as readable tables and as JSON.
enum ProjectReport {
    static func text(_ figures: ProjectFigures, account: ProjectAccount, catalogue: Catalogue, _ context: CommandContext) -> String {
        let language = context.language
        let project = account.project
        var out: [String] = []
        out.append("\(project.folio) — \(project.title.text(in: language))")
        let municipality = catalogue.partyName(project.municipalityID)
        out.append(context.say(
            "\(project.kind.name(in: .spanish).capitalized) · \(project.locality), \(municipality) · ejecuta \(catalogue.partyName(project.executingAgencyID))",
            "\(project.kind.name(in: .english).capitalized) · \(project.locality), \(municipality) · executed by \(catalogue.partyName(project.executingAgencyID))"))
        out.append(context.say("Clubes: ", "Clubs: ") + project.sponsorClubIDs.map { catalogue.partyName($0) }.joined(separator: ", "))
        let history = account.statusHistory.map { entry in
            "\(entry.change.status.name(in: language)) \(entry.date.formatted(in: language))"
        }
        out.append(context.say("Estado: ", "Status: ") + ([context.say("propuesto", "proposed") + " " + project.proposedOn.formatted(in: language)] + history).joined(separator: " → "))
        out.append(context.say("Costo aprobado: ", "Approved cost: ") + context.money(figures.approvedCost))
        out.append("")
        out.append(context.say("Origen de los fondos al \(figures.asOf.formatted(in: language))", "Sources of funds as of \(figures.asOf.formatted(in: language))"))
        var parties = TextTable([
            (context.say("Parte", "Party"), .left), (context.say("Papel", "Role"), .left),
            (context.say("Comprometido", "Committed"), .right), (context.say("Recibido", "Received"), .right),
            (context.say("Pendiente", "Outstanding"), .right), (context.say("Días", "Days"), .right),
        ])
        for party in figures.parties {
            let late = (party.daysOutstanding ?? 0) > LateThreshold.days && party.role != .club
            parties.add([
                party.partyName, party.role.name(in: language), context.money(party.committed), context.money(party.received),
                context.money(party.outstanding), party.daysOutstanding.map { "\($0)" + (late ? context.say(" ATRASO", " LATE") : "") } ?? "",
            ])
        }
        parties.add([
            context.say("Total", "Total"), "", context.money(figures.totalCommitted), context.money(figures.totalReceived),
            context.money(figures.parties.reduce(.zero(figures.approvedCost.currency)) { $0 + $1.outstanding }), "",
        ])
        out.append(parties.rendered())
        out.append("")
        out.append(context.say("Uso de los fondos por partida", "Uses of funds per budget line"))
        var lines = TextTable([
            ("#", .right), (context.say("Concepto", "Concept"), .left), (context.say("Presupuesto", "Budgeted"), .right),
            (context.say("Pagado", "Paid"), .right), (context.say("Por ejercer", "Remaining"), .right),
        ])
        for line in figures.budgetLines {
            lines.add(["\(line.number)", line.concept, context.money(line.budgeted), context.money(line.paid), context.money(line.remaining)])
        }
        out.append(lines.rendered())
        out.append("")
        if figures.totalRefunded.isPositive {
            out.append(context.say("Reembolsado: ", "Refunded: ") + context.money(figures.totalRefunded))
        }
        out.append(context.say("Saldo disponible: ", "Balance on hand: ") + context.money(figures.balanceOnHand))
        let financial = MoneyFormatter.percent(basisPoints: figures.financialProgressBasisPoints, in: language)
        let physical = figures.physicalProgressPercent.map { MoneyFormatter.percent(basisPoints: Int64($0) * 100, in: language) } ?? "—"
        out.append(context.say("Avance financiero: \(financial) · avance físico: \(physical)", "Financial progress: \(financial) · physical progress: \(physical)"))
        return out.joined(separator: "\n")
    }

    static func listTable(_ figures: [ProjectFigures], _ context: CommandContext) -> String {
        var table = TextTable([
            (context.say("Folio", "Folio"), .left), (context.say("Tipo", "Kind"), .left), (context.say("Estado", "Status"), .left),
            (context.say("Costo", "Cost"), .right), (context.say("Recibido", "Received"), .right), (context.say("Pagado", "Paid"), .right),
            (context.say("Físico", "Physical"), .right), (context.say("Financiero", "Financial"), .right),
        ])
        for figure in figures {
            table.add([
                figure.folio.text, figure.kind.name(in: context.language), figure.status.name(in: context.language),
                context.money(figure.approvedCost), context.money(figure.totalReceived), context.money(figure.totalPaid),
                figure.physicalProgressPercent.map { MoneyFormatter.percent(basisPoints: Int64($0) * 100, in: context.language) } ?? "—",
                MoneyFormatter.percent(basisPoints: figure.financialProgressBasisPoints, in: context.language),
            ])
        }
        return table.rendered()
    }

    static func json(_ figures: ProjectFigures) -> [String: Any] {
        [
            "folio": figures.folio.text, "titleSpanish": figures.title.spanish, "titleEnglish": figures.title.english,
            "kind": figures.kind.rawValue, "status": figures.status.rawValue, "municipality": figures.municipalityID.text,
            "approvedCost": JSONOutput.money(figures.approvedCost), "totalCommitted": JSONOutput.money(figures.totalCommitted),
            "totalReceived": JSONOutput.money(figures.totalReceived), "totalPaid": JSONOutput.money(figures.totalPaid),
            "totalRefunded": JSONOutput.money(figures.totalRefunded), "balanceOnHand": JSONOutput.money(figures.balanceOnHand),
            "financialProgressBasisPoints": figures.financialProgressBasisPoints,
            "physicalProgressPercent": JSONOutput.optional(figures.physicalProgressPercent),
            "asOf": figures.asOf.isoText,
            "parties": figures.parties.map { party in
                [
                    "party": party.partyID.text, "role": party.role.rawValue, "committed": JSONOutput.money(party.committed),
                    "received": JSONOutput.money(party.received), "refunded": JSONOutput.money(party.refunded),
                    "outstanding": JSONOutput.money(party.outstanding),
                    "outstandingSince": JSONOutput.optional(party.outstandingSince?.isoText),
                    "daysOutstanding": JSONOutput.optional(party.daysOutstanding),
                ] as [String: Any]
            },
            "budgetLines": figures.budgetLines.map { line in
                [
                    "number": line.number, "concept": line.concept, "budgeted": JSONOutput.money(line.budgeted),
                    "paid": JSONOutput.money(line.paid), "remaining": JSONOutput.money(line.remaining),
                ] as [String: Any]
            },
        ]
    }
}

/// A government level that has owed money longer than this is flagged as late.
enum LateThreshold {
    static let days = 90
}
