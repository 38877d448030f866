/// What an official publishes: every project in the municipality, totals per party, and who still owes.
public struct MunicipalityFigures: Hashable, Sendable {
    /// Totals of one role over every project in the municipality (in the projects' currency).
    public struct RoleTotals: Hashable, Sendable {
        public let role: FundingRole
        public let committed: MoneyTotal
        public let received: MoneyTotal
        public let outstanding: MoneyTotal
        /// The oldest live pledge of this role that is still not fully paid.
        public let outstandingSince: CalendarDate?
        public let daysOutstanding: Int?
    }

    public let municipalityID: PartyID
    public let name: String
    public let projects: [ProjectFigures]
    public let roleTotals: [RoleTotals]
    public let asOf: CalendarDate

    /// Projects whose physical and financial progress differ by more than `divergencePercentagePoints`.
    public static let divergencePercentagePoints = 20

    public var divergentProjects: [ProjectFigures] {
        projects.filter(\.progressDiverges)
    }

    /// Government levels that still owe money, with how much and since when.
    public var governmentArrears: [RoleTotals] {
        roleTotals.filter { $0.role != .club && $0.outstanding.isPositive }
    }

    public init(municipality: Government, state: LedgerState, asOf: CalendarDate, currency: CurrencyCode = .mexicanPeso) {
        precondition(municipality.level == .municipal, "\(municipality.id) is not a municipality")
        let accounts = (state.municipalityFolios[municipality.id] ?? []).map { state.projects[$0]! }
            .filter { $0.project.currency == currency }
        let figures = accounts.map { ProjectFigures(account: $0, catalogue: state.catalogue, asOf: asOf) }
        roleTotals = FundingRole.allCases.map { role in
            let rows = figures.flatMap { $0.parties.filter { $0.role == role } }
            let since = rows.compactMap(\.outstandingSince).min()
            return RoleTotals(
                role: role,
                committed: MoneyTotal(summing: rows.map(\.committed), currency: currency),
                received: MoneyTotal(summing: rows.map(\.received), currency: currency),
                outstanding: MoneyTotal(summing: rows.map(\.outstanding), currency: currency),
                outstandingSince: since, daysOutstanding: since.map { max(0, asOf.days(since: $0)) })
        }
        municipalityID = municipality.id
        name = municipality.name
        projects = figures
        self.asOf = asOf
    }
}
