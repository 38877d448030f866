import CuentasCore

/// A club's figures as readable tables and as JSON.
enum ClubReport {
    static func text(_ figures: ClubFigures, club: Club, _ context: CommandContext) -> String {
        let language = context.language
        var out = ["\(club.id) — \(club.name)", "\(club.cityAbroad), \(club.stateAbroad), \(club.countryAbroad)"]
        if let registration = club.tomaDeNota {
            let current = registration.isCurrent(on: figures.asOf)
            out.append(context.say("Toma de nota ", "Toma de nota ") + registration.number + " · "
                + context.say(current ? "vigente hasta " : "VENCIDA el ", current ? "valid until " : "EXPIRED on ")
                + registration.expiresOn.formatted(in: language))
        }
        out.append("")
        out.append(context.say("Fondo al \(figures.asOf.formatted(in: language))", "Fund as of \(figures.asOf.formatted(in: language))"))
        var fund = TextTable([(context.say("Concepto", "Item"), .left), (context.say("Monto", "Amount"), .right)])
        fund.add([context.say("Donativos de socios", "Member donations"), context.money(figures.memberDonations)])
        fund.add([context.say("Ingresos de eventos", "Event income"), context.money(figures.eventIncome)])
        fund.add([context.say("Saldo del fondo", "Fund balance"), context.money(figures.fundBalance)])
        out.append(fund.rendered())
        for cost in figures.remittances {
            out.append("")
            out.append(context.say("Envíos a proyectos (\(cost.count))", "Money sent to projects (\(cost.count))"))
            var table = TextTable([(context.say("Concepto", "Item"), .left), (context.say("Monto", "Amount"), .right)])
            table.add([context.say("Enviado", "Sent"), context.money(cost.sent)])
            table.add([context.say("Comisiones", "Fees"), context.money(cost.fees)])
            table.add([context.say("Margen cambiario", "Exchange-rate margin"), context.money(cost.exchangeCost)])
            table.add([
                context.say("Costo total del envío", "Total cost of sending"),
                cost.totalCostBasisPoints.map { MoneyFormatter.percent(basisPoints: $0, in: language) } ?? "—",
            ])
            out.append(table.rendered())
        }
        out.append("")
        out.append(context.say("Proyectos que apoya", "Projects it supports"))
        var projects = TextTable([
            ("Folio", .left), (context.say("Estado", "Status"), .left), (context.say("Comprometido", "Committed"), .right),
            (context.say("Aportado", "Given"), .right), (context.say("Parte del costo", "Share of cost"), .right),
        ])
        for share in figures.projects {
            projects.add([
                share.folio.text, share.status.name(in: language), context.money(share.committed), context.money(share.received),
                MoneyFormatter.percent(basisPoints: share.shareBasisPoints, in: language),
            ])
        }
        out.append(projects.rendered())
        return out.joined(separator: "\n")
    }

    static func json(_ figures: ClubFigures, club: Club) -> [String: Any] {
        [
            "club": figures.clubID.text, "name": figures.name, "asOf": figures.asOf.isoText,
            "tomaDeNotaExpiresOn": JSONOutput.optional(club.tomaDeNota?.expiresOn.isoText),
            "memberDonations": JSONOutput.money(figures.memberDonations), "eventIncome": JSONOutput.money(figures.eventIncome),
            "fundBalance": JSONOutput.money(figures.fundBalance),
            "remittances": figures.remittances.map { cost in
                [
                    "count": cost.count, "sent": JSONOutput.money(cost.sent), "fees": JSONOutput.money(cost.fees),
                    "exchangeCost": JSONOutput.money(cost.exchangeCost),
                    "totalCostBasisPoints": JSONOutput.optional(cost.totalCostBasisPoints),
                ] as [String: Any]
            },
            "projects": figures.projects.map { share in
                [
                    "folio": share.folio.text, "status": share.status.rawValue, "committed": JSONOutput.money(share.committed),
                    "received": JSONOutput.money(share.received), "shareBasisPoints": share.shareBasisPoints,
                ] as [String: Any]
            },
        ]
    }
}
