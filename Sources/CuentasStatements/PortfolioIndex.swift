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
    /// The municipalities by state: the national site's second level (`StateGroup`).
    public let states: [StateGroup]
    public let totalCost: MoneyTotal
    public let totalReceived: MoneyTotal
    public let totalPaid: MoneyTotal
    public let totalOutstanding: MoneyTotal
    /// What sending cost per provider along each corridor, over every club (`CorridorCost`).
    public let corridors: [CorridorCost]

    /// With `corridorPrices`, each corridor's cost per provider beside the World Bank's average.
    public init(state: LedgerState, asOf: CalendarDate, currency: CurrencyCode = .mexicanPeso, corridorPrices: [CorridorPrice] = []) {
        let summaries = state.projects.values.map { ProjectSummary(account: $0, catalogue: state.catalogue, asOf: asOf) }
        let clubCosts = state.clubFunds.keys.compactMap { ClubSendingCosts(clubID: $0, state: state, asOf: asOf) }
        self.init(
            summaries: summaries, catalogue: state.catalogue, asOf: asOf, currency: currency, clubCosts: clubCosts,
            corridorPrices: corridorPrices)
    }

    /// The index from every project's summary and every club's cost of sending (in any order): the same index
    /// `init(state:asOf:currency:corridorPrices:)` gives when they are those of the whole ledger as of `asOf`.
    public init(
        summaries all: [ProjectSummary], catalogue: Catalogue, asOf: CalendarDate, currency: CurrencyCode = .mexicanPeso,
        clubCosts: [ClubSendingCosts] = [], corridorPrices: [CorridorPrice] = []
    ) {
        let summaries = all.filter { $0.approvedCost.currency == currency }.sorted { $0.folio < $1.folio }
        self.asOf = asOf
        projects = summaries
        let byMunicipality = Dictionary(grouping: summaries) { $0.municipality.id }
        municipalities = catalogue.governments.values.filter { $0.level == .municipal }
            .sorted { $0.name < $1.name }
            .map { government in
                Group(key: PartyReference(government.id, in: catalogue), projects: byMunicipality[government.id] ?? [])
            }
        kinds = ProjectKind.allCases.map { kind in Group(key: kind, projects: summaries.filter { $0.kind == kind }) }.filter {
            !$0.projects.isEmpty
        }
        statuses = ProjectStatus.allCases.map { status in Group(key: status, projects: summaries.filter { $0.status == status }) }.filter {
            !$0.projects.isEmpty
        }
        clubs = catalogue.clubs.keys.sorted().map { PartyReference($0, in: catalogue) }
        states = Self.states(municipalities: municipalities, summaries: summaries, catalogue: catalogue)
        totalCost = MoneyTotal(summing: summaries.map(\.approvedCost), currency: currency)
        totalReceived = MoneyTotal(summing: summaries.map(\.totals.received), currency: currency)
        totalPaid = MoneyTotal(summing: summaries.map(\.totals.paid), currency: currency)
        totalOutstanding = MoneyTotal(summing: summaries.map(\.totals.outstanding), currency: currency)
        corridors = CorridorCost.corridors(clubCosts.sorted { $0.clubID < $1.clubID }, prices: corridorPrices)
    }
}
