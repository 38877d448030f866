/// The figures of one project on a given date: a pure function of its account.
public struct ProjectFigures: Hashable, Sendable {
    public let folio: Folio
    public let title: LocalizedText
    public let kind: ProjectKind
    public let status: ProjectStatus
    public let municipalityID: PartyID
    public let approvedCost: Money
    public let parties: [PartyFigures]
    public let budgetLines: [BudgetLineFigures]
    public let totalCommitted: Money
    public let totalReceived: Money
    public let totalPaid: Money
    public let totalRefunded: Money
    public let balanceOnHand: Money
    /// Paid as a share of the approved cost, in basis points (10000 = 100 %).
    public let financialProgressBasisPoints: Int64
    /// The latest reported physical progress, 0 to 100, if any report was made.
    public let physicalProgressPercent: Int?
    public let asOf: CalendarDate

    /// Physical minus financial progress in percentage points: a large gap either way is a warning sign.
    public var progressGapPercentagePoints: Int? {
        physicalProgressPercent.map { $0 - Int(financialProgressBasisPoints / 100) }
    }

    /// Physical and financial progress differ by more than `MunicipalityFigures.divergencePercentagePoints`.
    public var progressDiverges: Bool {
        abs(progressGapPercentagePoints ?? 0) > MunicipalityFigures.divergencePercentagePoints
    }

    public init(account: ProjectAccount, catalogue: Catalogue, asOf: CalendarDate) {
        let project = account.project
        let currency = project.currency
        func money(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: currency) }
        let partyIDs = Set(account.pledgedMinorUnits.keys).union(account.receivedMinorUnits.keys)
        parties = partyIDs.map { id in
            let committed = account.pledgedMinorUnits[id, default: 0]
            let received = account.receivedMinorUnits[id, default: 0]
            // A cancelled or closed project's unpaid pledges are void: nobody owes them any more.
            let outstanding = account.status.acceptsMoney ? max(0, committed - received) : 0
            let since = outstanding > 0 ? account.livePledgeDates[id]?.values.min() : nil
            return PartyFigures(
                partyID: id, partyName: catalogue.partyName(id), role: catalogue.role(of: id) ?? .club,
                committed: money(committed), received: money(received),
                refunded: money(account.refundedMinorUnits[id, default: 0]), outstanding: money(outstanding),
                outstandingSince: since, daysOutstanding: since.map { max(0, asOf.days(since: $0)) })
        }.sorted { ($0.role, $0.partyID) < ($1.role, $1.partyID) }
        budgetLines = project.budgetLines.map { line in
            let paid = account.paidByLineMinorUnits[line.number, default: 0]
            let modified = project.modifiedAmount(line: line.number) ?? line.amount
            return BudgetLineFigures(
                number: line.number, concept: line.concept, approved: line.amount, budgeted: modified, paid: money(paid),
                remaining: money(modified.minorUnits - paid))
        }
        folio = project.folio
        title = project.title
        kind = project.kind
        status = account.status
        municipalityID = project.municipalityID
        approvedCost = project.approvedCost
        totalCommitted = account.totalPledged
        totalReceived = account.totalReceived
        totalPaid = account.totalPaid
        totalRefunded = account.totalRefunded
        balanceOnHand = account.balance
        financialProgressBasisPoints = account.totalPaid.minorUnits * 10_000 / project.approvedCost.minorUnits
        physicalProgressPercent = account.latestProgress?.physicalPercent
        self.asOf = asOf
    }
}
