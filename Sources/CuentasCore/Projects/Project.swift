/// A hometown project: its identity and approved budget. Its status and its money live in the movements.
public struct Project: Hashable, Sendable {
    public let folio: Folio
    public let title: LocalizedText
    public let description: LocalizedText
    public let kind: ProjectKind
    /// The municipal government of the municipality where the work is done.
    public let municipalityID: PartyID
    /// The town or village (localidad) inside the municipality.
    public let locality: String
    /// The club or clubs that proposed it and fund the migrants' share; never empty.
    public let sponsorClubIDs: [PartyID]
    /// Who builds the work and pays contractors, usually the municipality.
    public let executingAgencyID: PartyID
    /// The total cost; each party's share is a part of it.
    public let approvedCost: Money
    /// Sum to the approved cost exactly.
    public let budgetLines: [BudgetLine]
    public let proposedOn: CalendarDate

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
}
