/// The reference data the movements point at: parties, projects and schemes. Entries are added, never edited: what
/// changes is recorded as amendments and re-programmings beside them, applied here in the order they were recorded.
public struct Catalogue: Sendable {
    public var federations: [PartyID: Federation] = [:]
    public var clubs: [PartyID: Club] = [:]
    public var governments: [PartyID: Government] = [:]
    public var members: [Int64: ClubMember] = [:]
    public var projects: [Folio: Project] = [:]
    public var schemes: [SchemeID: MatchingScheme] = [:]
    /// Clubs named as sponsors that must accept before their money is pledged, by project (`SponsorshipProposal`).
    public var proposals: [Folio: [PartyID: SponsorshipProposal]] = [:]
    /// Each club's renewals of its toma de nota, oldest first.
    public var renewals: [PartyID: [ClubRenewal]] = [:]
    /// Every amendment of each entry, oldest first, with the value it replaced (`Catalogue.amend`).
    public internal(set) var history: [CatalogueAmendment.Subject: [AmendmentRecord]] = [:]

    public init() {}

    /// The same parties and schemes with only some of the projects: a replay of part of the ledger (the movements of
    /// those projects) must not show the other projects as empty accounts.
    public func keepingOnlyProjects(_ folios: Set<Folio>) -> Catalogue {
        var copy = self
        copy.projects = projects.filter { folios.contains($0.key) }
        copy.proposals = proposals.filter { folios.contains($0.key) }
        return copy
    }

    /// The projects a club sponsors.
    public func folios(sponsoredBy clubID: PartyID) -> Set<Folio> {
        Set(projects.values.filter { $0.sponsorClubIDs.contains(clubID) }.map(\.folio))
    }

    /// The projects of a municipality.
    public func folios(inMunicipality municipalityID: PartyID) -> Set<Folio> {
        Set(projects.values.filter { $0.municipalityID == municipalityID }.map(\.folio))
    }

    public func partyExists(_ id: PartyID) -> Bool {
        clubs[id] != nil || federations[id] != nil || governments[id] != nil
    }

    /// Whether a party may fund a project: one of its clubs, their federations, or a government above its municipality
    /// (the municipality, its state, the federal government). Asked for every pledge and deposit of every replay, so it
    /// builds no set.
    public func isEligibleFunder(_ id: PartyID, of project: Project) -> Bool {
        for clubID in project.sponsorClubIDs where clubID == id || clubs[clubID]?.federationID == id { return true }
        var next: PartyID? = project.municipalityID
        var levels = 0
        while let current = next, let government = governments[current], levels < 3 {
            if current == id { return true }
            next = government.parentID
            levels += 1
        }
        return false
    }

    /// The role a party plays when it funds: clubs and federations are the migrants' share.
    public func role(of id: PartyID) -> FundingRole? {
        if clubs[id] != nil || federations[id] != nil { return .club }
        return governments[id].map { FundingRole($0.level) }
    }

    /// The clubs that sponsor a project as statements show it: those it was registered with, less those only proposed
    /// whose treasurer has not accepted (no page may say a club supports a project it never agreed to).
    public func acceptedSponsors(of project: Project) -> [PartyID] {
        project.sponsorClubIDs.filter { isAcceptedSponsor($0, of: project.folio) }
    }

    /// Whether `club` sponsors `folio` for a statement: not a proposal still waiting for its treasurer.
    public func isAcceptedSponsor(_ club: PartyID, of folio: Folio) -> Bool {
        guard let proposal = proposals[folio]?[club] else { return true }
        return proposal.acceptedAfter != nil
    }

    /// Whether the club's registration is in force on `date`: the one it was added with, or a renewal from its first
    /// day to its expiry.
    public func registrationInForce(of club: Club, on date: CalendarDate) -> Bool {
        if club.tomaDeNota?.isCurrent(on: date) == true { return true }
        return renewals[club.id]?.contains { $0.isInForce(on: date) } ?? false
    }

    /// The registration a page shows for the club on `date`: the one in force then, else the latest begun by then (an
    /// expired one, shown as expired), else the one it was added with.
    public func registration(of club: Club, on date: CalendarDate) -> TomaDeNota? {
        let begun = (renewals[club.id] ?? []).filter { $0.effectiveOn <= date }
        if let current = begun.last(where: { $0.isInForce(on: date) }) { return current.tomaDeNota }
        if club.tomaDeNota?.isCurrent(on: date) == true { return club.tomaDeNota }
        return begun.max { $0.effectiveOn < $1.effectiveOn }?.tomaDeNota ?? club.tomaDeNota
    }

    /// The last expiry of the club's registrations before `date`, for a message saying since when it is lapsed; nil
    /// when it never had one before then.
    public func lastExpiry(of club: Club, before date: CalendarDate) -> CalendarDate? {
        ([club.tomaDeNota].compactMap { $0 } + (renewals[club.id] ?? []).map(\.tomaDeNota)).map(\.expiresOn).filter { $0 < date }.max()
    }

    public func partyName(_ id: PartyID) -> String {
        clubs[id]?.name ?? federations[id]?.name ?? governments[id]?.name ?? id.text
    }

    /// The municipality, its state and the federal government above it, in that order.
    public func governmentChain(from municipalityID: PartyID) -> [Government] {
        var chain: [Government] = []
        var next: PartyID? = municipalityID
        while let id = next, let government = governments[id], chain.count < 3 {
            chain.append(government)
            next = government.parentID
        }
        return chain
    }

    /// The party that pays a role's share in a project: the government of that level above the municipality.
    /// Clubs are handled by `PledgePlan` since a project may have several.
    public func government(for level: GovernmentLevel, above municipalityID: PartyID) -> Government? {
        governmentChain(from: municipalityID).first { $0.level == level }
    }
}
