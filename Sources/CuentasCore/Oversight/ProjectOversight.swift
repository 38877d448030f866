/// What stands beside a project's money: the evidence attached to it and its movements, the committee's visits, the
/// complaints and observations with their answers, and whom to ask. Kept apart from the ledger's state (it is not
/// money) and read by the store one project at a time.
public struct ProjectOversight: Hashable, Sendable {
    public let folio: Folio
    public let evidence: [EvidenceItem]
    public let visits: [SiteVisit]
    public let complaints: [Complaint]
    /// The responsible office and officer in force, if named.
    public let responsible: AccountableContact?
    /// The municipality's comptroller in force, if named.
    public let comptroller: AccountableContact?

    public init(
        folio: Folio, evidence: [EvidenceItem] = [], visits: [SiteVisit] = [], complaints: [Complaint] = [],
        responsible: AccountableContact? = nil, comptroller: AccountableContact? = nil
    ) {
        self.folio = folio
        self.evidence = evidence
        self.visits = visits
        self.complaints = complaints
        self.responsible = responsible
        self.comptroller = comptroller
    }

    public static func none(_ folio: Folio) -> ProjectOversight { ProjectOversight(folio: folio) }
}
