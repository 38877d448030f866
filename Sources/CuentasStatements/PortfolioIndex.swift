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
        let summaries = state.projects.values.map { ProjectSummary(account: $0, catalogue: state.catalogue, asOf: asOf) }
        self.init(summaries: summaries, catalogue: state.catalogue, asOf: asOf, currency: currency)
    }

    /// The index from every project's summary (in any order): the same index `init(state:asOf:currency:)` gives when
    /// the summaries are those of every project of the ledger as of `asOf`.
    public init(summaries all: [ProjectSummary], catalogue: Catalogue, asOf: CalendarDate, currency: CurrencyCode = .mexicanPeso) {
        let summaries = all.filter { $0.approvedCost.currency == currency }.sorted { $0.folio < $1.folio }
        self.asOf = asOf
        projects = summaries
        let byMunicipality = Dictionary(grouping: summaries) { $0.municipality.id }
        municipalities = catalogue.governments.values.filter { $0.level == .municipal }
            .sorted { $0.name < $1.name }
            .map { government in
                Group(key: PartyReference(government.id, in: catalogue), projects: byMunicipality[government.id] ?? [])
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
