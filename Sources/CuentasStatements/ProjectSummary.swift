import CuentasCore

/// One project as a line of a list: the municipality statement and the portfolio index.
public struct ProjectSummary: Hashable, Sendable {
    public let folio: Folio
    public let title: LocalizedText
    public let kind: ProjectKind
    public let status: ProjectStatus
    public let municipality: PartyReference
    public let locality: String
    public let approvedCost: Money
    /// Its figures, as its statement's totals show them.
    public let totals: ProjectTotals

    init(_ figures: ProjectFigures, catalogue: Catalogue) {
        let project = catalogue.projects[figures.folio]!
        folio = figures.folio
        title = figures.title
        kind = figures.kind
        status = figures.status
        municipality = PartyReference(project.municipalityID, in: catalogue)
        locality = project.locality
        approvedCost = figures.approvedCost
        totals = figures.totals
    }
}
