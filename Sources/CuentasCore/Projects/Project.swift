/// A hometown project: its identity and approved budget. Its status and its money live in the movements.
public struct Project: Hashable, Sendable {
    public let folio: Folio
    public internal(set) var title: LocalizedText
    public internal(set) var description: LocalizedText
    public let kind: ProjectKind
    /// The municipal government of the municipality where the work is done.
    public let municipalityID: PartyID
    /// The town or village (localidad) inside the municipality.
    public internal(set) var locality: String
    /// The club or clubs that proposed it and fund the migrants' share; never empty.
    public let sponsorClubIDs: [PartyID]
    /// Who builds the work and pays contractors, usually the municipality.
    public internal(set) var executingAgencyID: PartyID
    /// The total cost; each party's share is a part of it. Changed only by a re-programming with a new cost.
    public internal(set) var approvedCost: Money
    /// Sum to the approved cost exactly.
    public let budgetLines: [BudgetLine]
    public let proposedOn: CalendarDate
    /// When the work is planned to end; set and changed by amendment.
    public internal(set) var plannedEndOn: CalendarDate?
    /// The budget's re-programmings, in the order of their dates (`Catalogue.reprogram`).
    public internal(set) var reprogrammings: [BudgetReprogramming] = []

    public init(
        folio: Folio, title: LocalizedText, description: LocalizedText, kind: ProjectKind, municipalityID: PartyID,
        locality: String, sponsorClubIDs: [PartyID], executingAgencyID: PartyID, approvedCost: Money,
        budgetLines: [BudgetLine], proposedOn: CalendarDate
    ) {
        precondition(!sponsorClubIDs.isEmpty, "project \(folio) has no sponsoring club")
        precondition(
            MoneyTotal(summing: budgetLines.map(\.amount), currency: approvedCost.currency) == MoneyTotal(approvedCost),
            "budget lines of \(folio) do not add up to its cost")
        self.folio = folio
        self.title = title
        self.description = description
        self.kind = kind
        self.municipalityID = municipalityID
        self.locality = locality
        self.sponsorClubIDs = sponsorClubIDs
        self.executingAgencyID = executingAgencyID
        self.approvedCost = approvedCost
        self.budgetLines = budgetLines
        self.proposedOn = proposedOn
    }

    public var currency: CurrencyCode { approvedCost.currency }

    public func budgetLine(_ number: Int) -> BudgetLine? { budgetLines.first { $0.number == number } }

    /// A line's amount in force on `date`: as approved, or as the latest re-programming in force then left it. A
    /// payment is checked against this, when recorded and on every replay alike.
    public func budgetedAmount(line number: Int, on date: CalendarDate) -> Money? {
        guard var amount = budgetLine(number)?.amount else { return nil }
        for reprogramming in reprogrammings where reprogramming.effectiveOn <= date {
            if let change = reprogramming.lines.first(where: { $0.number == number }) { amount = change.amount }
        }
        return amount
    }

    /// What the scheme's pledges add up to: the cost as first approved (the approved lines' sum) plus each new cost a
    /// re-programming approved. A scheme pledge stays counted when reversed (`BalanceKey.isUndoneByReversal`), so
    /// after a new cost the old pledges, reversed, and the new ones are both in the total.
    public var costPledgedByScheme: MoneyTotal {
        MoneyTotal(summing: budgetLines.map(\.amount) + reprogrammings.compactMap(\.newCost), currency: currency)
    }

    /// A line's amount after every re-programming (the modified budget).
    public func modifiedAmount(line number: Int) -> Money? {
        guard var amount = budgetLine(number)?.amount else { return nil }
        for reprogramming in reprogrammings {
            if let change = reprogramming.lines.first(where: { $0.number == number }) { amount = change.amount }
        }
        return amount
    }
}
