/// A government that co-funds projects. Governments form a tree: a municipality belongs to a state, a state to the
/// federation, so a project in a municipality knows which state and federal governments match it.
public struct Government: Hashable, Sendable {
    public let id: PartyID
    /// Changed by amendment only (`CatalogueAmendment`).
    public internal(set) var name: String
    public let level: GovernmentLevel
    /// The state of a municipality, the federal government of a state; nil for a federal government.
    public let parentID: PartyID?
    /// ISO 3166 alpha-2 country code, "MX".
    public let countryCode: String

    public init(id: PartyID, name: String, level: GovernmentLevel, parentID: PartyID?, countryCode: String) {
        precondition((level == .federal) == (parentID == nil), "only a federal government has no parent")
        self.id = id
        self.name = name
        self.level = level
        self.parentID = parentID
        self.countryCode = countryCode
    }
}
