import CuentasCore

/// Every project, reachable by municipality, kind and status, with the totals of the whole portfolio.
public struct PortfolioIndex: Hashable, Sendable {
    public struct Group<Key: Hashable & Sendable>: Hashable, Sendable {
        public let key: Key
        public let projects: [ProjectSummary]
    }

    public let asOf: CalendarDate
    public let projects: [ProjectSummary]
    public let municipalities: [Group<PartyReference>]
    public let kinds: [Group<ProjectKind>]
    public let statuses: [Group<ProjectStatus>]
    public let clubs: [PartyReference]
    public let totalCost: Money
    public let totalReceived: Money
    public let totalPaid: Money
    public let totalOutstanding: Money

    public init(state: LedgerState, asOf: CalendarDate, currency: CurrencyCode = .mexicanPeso) {
        let catalogue = state.catalogue
        let summaries = state.projects.values
            .filter { $0.project.currency == currency }
            .sorted { $0.project.folio < $1.project.folio }
            .map { ProjectSummary(ProjectFigures(account: $0, catalogue: catalogue, asOf: asOf), catalogue: catalogue) }
        self.asOf = asOf
        projects = summaries
        municipalities = catalogue.governments.values.filter { $0.level == .municipal }
            .sorted { $0.name < $1.name }
            .map { government in
                Group(key: PartyReference(government.id, in: catalogue), projects: summaries.filter { $0.municipality.id == government.id })
            }
        kinds = ProjectKind.allCases.map { kind in Group(key: kind, projects: summaries.filter { $0.kind == kind }) }.filter { !$0.projects.isEmpty }
        statuses = ProjectStatus.allCases.map { status in Group(key: status, projects: summaries.filter { $0.status == status }) }.filter { !$0.projects.isEmpty }
        clubs = catalogue.clubs.keys.sorted().map { PartyReference($0, in: catalogue) }
        totalCost = summaries.reduce(.zero(currency)) { $0 + $1.approvedCost }
        totalReceived = summaries.reduce(.zero(currency)) { $0 + $1.received }
        totalPaid = summaries.reduce(.zero(currency)) { $0 + $1.paid }
        totalOutstanding = summaries.reduce(.zero(currency)) { $0 + $1.outstanding }
    }
}
