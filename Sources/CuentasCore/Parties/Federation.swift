/// A federación: the clubs from one Mexican state living in one region abroad
/// (for example, the Zacatecan clubs of Southern California).
public struct Federation: Hashable, Sendable {
    public let id: PartyID
    /// Changed by amendment only (`CatalogueAmendment`).
    public internal(set) var name: String
    /// The Mexican state the members come from.
    public let stateOfOrigin: String
    /// Where the clubs live, e.g. "Southern California, USA".
    public let regionAbroad: String

    public init(id: PartyID, name: String, stateOfOrigin: String, regionAbroad: String) {
        self.id = id
        self.name = name
        self.stateOfOrigin = stateOfOrigin
        self.regionAbroad = regionAbroad
    }
}
