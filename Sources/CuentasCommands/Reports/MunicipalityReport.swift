import CuentasCore

/// A municipality's figures as readable tables and as JSON.
enum MunicipalityReport {
    static func text(_ figures: MunicipalityFigures, _ context: CommandContext) -> String {
        let language = context.language
        var out = ["\(figures.municipalityID) — \(figures.name)", ""]
        out.append(context.say("Proyectos al \(figures.asOf.formatted(in: language))", "Projects as of \(figures.asOf.formatted(in: language))"))
        out.append(ProjectReport.listTable(figures.projects, context))
        out.append("")
        out.append(context.say("Totales por parte", "Totals per party"))
        var totals = TextTable([
            (context.say("Parte", "Party"), .left), (context.say("Comprometido", "Committed"), .right),
            (context.say("Recibido", "Received"), .right), (context.say("Pendiente", "Outstanding"), .right),
        ])
        for row in figures.roleTotals {
            totals.add([row.role.name(in: language), context.money(row.committed), context.money(row.received), context.money(row.outstanding)])
        }
        out.append(totals.rendered())
        out.append("")
        if figures.governmentArrears.isEmpty {
            out.append(context.say("Ningún nivel de gobierno debe aportaciones.", "No government level owes contributions."))
        } else {
            out.append(context.say("Lo que aún debe cada nivel de gobierno", "What each government level still owes"))
            for row in figures.governmentArrears {
                let since = row.outstandingSince.map { $0.formatted(in: language) } ?? "—"
                out.append(context.say(
                    "  \(row.role.name(in: .spanish)): \(context.money(row.outstanding)) desde el \(since) (\(row.daysOutstanding ?? 0) días)",
                    "  \(row.role.name(in: .english)): \(context.money(row.outstanding)) since \(since) (\(row.daysOutstanding ?? 0) days)"))
            }
        }
        let divergent = figures.divergentProjects
        if !divergent.isEmpty {
            out.append("")
            out.append(context.say(
                "Avance físico y financiero difieren más de \(MunicipalityFigures.divergencePercentagePoints) puntos:",
                "Physical and financial progress differ by more than \(MunicipalityFigures.divergencePercentagePoints) points:"))
            for project in divergent {
                out.append("  \(project.folio): " + context.say("físico", "physical") + " " + MoneyFormatter.percent(basisPoints: Int64(project.physicalProgressPercent ?? 0) * 100, in: language) + " · "
                    + context.say("financiero", "financial") + " " + MoneyFormatter.percent(basisPoints: project.financialProgressBasisPoints, in: language))
            }
        }
        return out.joined(separator: "\n")
    }

    static func json(_ figures: MunicipalityFigures) -> [String: Any] {
        [
            "municipality": figures.municipalityID.text, "name": figures.name, "asOf": figures.asOf.isoText,
            "projects": figures.projects.map(ProjectReport.json),
            "totals": figures.roleTotals.map { row in
                [
                    "role": row.role.rawValue, "committed": JSONOutput.money(row.committed), "received": JSONOutput.money(row.received),
                    "outstanding": JSONOutput.money(row.outstanding), "outstandingSince": JSONOutput.optional(row.outstandingSince?.isoText),
                    "daysOutstanding": JSONOutput.optional(row.daysOutstanding),
                ] as [String: Any]
            },
            "divergentProjects": figures.divergentProjects.map(\.folio.text),
        ]
    }
}
