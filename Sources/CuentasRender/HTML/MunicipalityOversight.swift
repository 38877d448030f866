import CuentasCore

/// What a municipality's page says of oversight: its projects with complaints unanswered past the limit (flagged like
/// a late payment) and its comptroller, whom to complain to.
public struct MunicipalityOversight: Sendable {
    public let overdueComplaints: [Folio: Int]
    public let comptroller: AccountableContact?
    public let rule: ComplaintRule
}
