/// A member of a club who donates. Members may give anonymously: then no name is kept or shown.
public struct ClubMember: Hashable, Sendable {
    public let id: Int64
    public let clubID: PartyID
    /// nil for an anonymous member.
    public let displayName: String?

    public init(id: Int64, clubID: PartyID, displayName: String?) {
        self.id = id
        self.clubID = clubID
        self.displayName = displayName
    }
}
