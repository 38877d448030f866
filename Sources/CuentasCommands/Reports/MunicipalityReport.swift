import CuentasCore
import CuentasRender

/// A municipality's figures as readable tables and as JSON.
enum MunicipalityReport {
    static func json(_ figures: MunicipalityFigures) -> [String: Any] {
        [
            "municipality": figures.municipalityID.text, "name": figures.name, "asOf": figures.asOf.isoText,
            "projects": figures.projects.map(ProjectReport.json),
            "totals": figures.roleTotals.map { row in
                [
                    "role": row.role.rawValue, "committed": JSONOutput.money(row.committed), "received": JSONOutput.money(row.received),
                    "outstanding": JSONOutput.money(row.outstanding),
                    "outstandingSince": JSONOutput.optional(row.outstandingSince?.isoText),
                    "daysOutstanding": JSONOutput.optional(row.daysOutstanding),
                ] as [String: Any]
            },
            "divergentProjects": figures.divergentProjects.map(\.folio.text),
        ]
    }
}
