import CuentasCore

/// What an official publishes: every project of the municipality, totals per party, what each government level
/// still owes and since when, and the projects whose physical and financial progress diverge.
public struct MunicipalityStatement: Hashable, Sendable {
    public struct Arrear: Hashable, Sendable {
        public let role: FundingRole
        public let government: PartyReference?
        public let outstanding: MoneyTotal
        public let since: CalendarDate?
        public let days: Int?
        public let folios: [Folio]
    }

    public let municipality: PartyReference
    public let stateName: String?
    public let asOf: CalendarDate
    public let projects: [ProjectSummary]
    public let roleTotals: [MunicipalityFigures.RoleTotals]
    public let arrears: [Arrear]
    public let totalCost: MoneyTotal
    public let totalReceived: MoneyTotal
    public let totalPaid: MoneyTotal

    public var divergentProjects: [ProjectSummary] { projects.filter(\.progressDiverges) }

    public init?(municipalityID: PartyID, state: LedgerState, asOf: CalendarDate) {
        guard let government = state.catalogue.governments[municipalityID], government.level == .municipal else { return nil }
        let figures = MunicipalityFigures(municipality: government, state: state, asOf: asOf)
        let catalogue = state.catalogue
        municipality = PartyReference(municipalityID, in: catalogue)
        stateName = government.parentID.map { catalogue.partyName($0) }
        self.asOf = asOf
        projects = figures.projects.map { ProjectSummary($0, catalogue: catalogue) }
        roleTotals = figures.roleTotals
        arrears = figures.governmentArrears.map { totals in
            let level = totals.role.governmentLevel!
            let owing = figures.projects.filter { project in
                project.parties.contains { $0.role == totals.role && $0.outstanding.isPositive }
            }
            return Arrear(
                role: totals.role,
                government: catalogue.government(for: level, above: municipalityID).map { PartyReference($0.id, in: catalogue) },
                outstanding: totals.outstanding, since: totals.outstandingSince, days: totals.daysOutstanding,
                folios: owing.map(\.folio))
        }
        let currency = CurrencyCode.mexicanPeso
        totalCost = MoneyTotal(summing: figures.projects.map(\.approvedCost), currency: currency)
        totalReceived = MoneyTotal(summing: figures.projects.map(\.totalReceived), currency: currency)
        totalPaid = MoneyTotal(summing: figures.projects.map(\.totalPaid), currency: currency)
    }
}
