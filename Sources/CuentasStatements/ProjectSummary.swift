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
    public let committed: Money
    public let received: Money
    public let paid: Money
    public let outstanding: Money
    public let balanceOnHand: Money
    public let financialProgressBasisPoints: Int64
    public let physicalProgressPercent: Int?
    /// A government level has owed part of its pledge for longer than `PartyFigures.lateAfterDays` (`PartyFigures.isLate`).
    public let hasLateGovernment: Bool

    public let progressDiverges: Bool

    init(_ figures: ProjectFigures, catalogue: Catalogue) {
        let project = catalogue.projects[figures.folio]!
        folio = figures.folio
        title = figures.title
        kind = figures.kind
        status = figures.status
        municipality = PartyReference(project.municipalityID, in: catalogue)
        locality = project.locality
        approvedCost = figures.approvedCost
        committed = figures.totalCommitted
        received = figures.totalReceived
        paid = figures.totalPaid
        outstanding = figures.parties.reduce(.zero(figures.approvedCost.currency)) { $0 + $1.outstanding }
        balanceOnHand = figures.balanceOnHand
        financialProgressBasisPoints = figures.financialProgressBasisPoints
        physicalProgressPercent = figures.physicalProgressPercent
        progressDiverges = figures.progressDiverges
        hasLateGovernment = figures.parties.contains(where: \.isLate)
    }
}
