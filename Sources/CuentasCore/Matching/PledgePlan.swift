/// Turns a scheme's allocation for a project into one pledge per paying party: the club share split among the
/// sponsoring clubs (equally, by the same largest-remainder rule), each government share to the government of that
/// level above the project's municipality. Roles with nothing to pay get no pledge.
public struct PledgePlan: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public let partyID: PartyID
        public let role: FundingRole
        public let amount: Money
        public let capBound: Bool
    }

    public let allocation: MatchingAllocation
    public let entries: [Entry]

    public init(project: Project, allocation: MatchingAllocation, catalogue: Catalogue) throws(PledgePlanError) {
        var entries: [Entry] = []
        let boundRoles = Set(allocation.capBindings.map(\.role))
        for commitment in allocation.commitments where commitment.amount.isPositive {
            let capBound = boundRoles.contains(commitment.role)
            if let level = commitment.role.governmentLevel {
                guard let government = catalogue.government(for: level, above: project.municipalityID) else {
                    throw PledgePlanError.noGovernment(level, municipalityID: project.municipalityID)
                }
                entries.append(Entry(partyID: government.id, role: commitment.role, amount: commitment.amount, capBound: capBound))
            } else {
                let clubs = project.sponsorClubIDs
                let split = Apportionment.split(commitment.amount.minorUnits, weights: clubs.map { _ in 1 })
                for (clubID, minor) in zip(clubs, split) where minor > 0 {
                    entries.append(
                        Entry(
                            partyID: clubID, role: .club, amount: Money(minorUnits: minor, currency: project.currency), capBound: capBound))
                }
            }
        }
        assert(entries.reduce(Money.zero(project.currency)) { $0 + $1.amount } == allocation.cost, "pledge plan lost money")
        self.allocation = allocation
        self.entries = entries
    }
}

/// A project whose governments are not all registered.
public enum PledgePlanError: ExplainedError, Equatable {
    case noGovernment(GovernmentLevel, municipalityID: PartyID)

    public func explanation(in language: Language) -> String {
        switch self {
        case .noGovernment(let level, let municipalityID):
            return say(
                language, es: "no hay gobierno \(level.name(in: language)) registrado sobre el municipio \(municipalityID)",
                en: "no \(level.name(in: language)) government is registered above municipality \(municipalityID)")
        }
    }
}
