/// One role's share in a matching scheme: a number of parts of the cost, and an optional cap.
public struct SchemeShare: Hashable, Sendable {
    public let role: FundingRole
    /// The role pays parts / (sum of all parts) of the cost. 25 of 100 is a quarter; 1 of 3 a third.
    public let parts: Int64
    /// The most this role pays for one project, in the scheme's currency.
    public let cap: Money?
}
