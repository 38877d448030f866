/// A club named as a sponsor of a project by an official of a municipality where the club sponsors nothing else: a
/// proposal, until the club's treasurer accepts it. No pledge of that club on that project is recorded before the
/// acceptance (the approval that would commit the club's money is refused), so no official can commit another town's
/// club to a project by naming it.
public struct SponsorshipProposal: Hashable, Sendable {
    public let folio: Folio
    public let clubID: PartyID
    /// Who proposed it.
    public let proposedBy: String
    /// When the treasurer accepted: the number of the ledger's last movement then (0 for an empty ledger); nil while it
    /// waits. Only movements numbered after it may pledge the club's money, so a replay gives the same answer as the
    /// recording did.
    public let acceptedAfter: MovementID?

    public init(folio: Folio, clubID: PartyID, proposedBy: String, acceptedAfter: MovementID?) {
        self.folio = folio
        self.clubID = clubID
        self.proposedBy = proposedBy
        self.acceptedAfter = acceptedAfter
    }

    /// Whether a movement with this number may pledge the club's money.
    public func allowsPledge(numbered id: MovementID) -> Bool {
        guard let acceptedAfter else { return false }
        return id > acceptedAfter
    }
}
