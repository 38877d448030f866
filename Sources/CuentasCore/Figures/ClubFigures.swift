/// A club's figures: what it raised, what it sent and what sending cost, and the projects it supports.
public struct ClubFigures: Hashable, Sendable {
    public struct ProjectShare: Hashable, Sendable {
        public let folio: Folio
        public let title: LocalizedText
        public let status: ProjectStatus
        public let committed: Money
        public let received: Money
        /// The club's commitment as a share of the project's cost, in basis points.
        public let shareBasisPoints: Int64
    }

    public let clubID: PartyID
    public let name: String
    public let memberDonations: Money
    public let eventIncome: Money
    public let fundBalance: Money
    /// Per sent currency: the club's transfers and direct deposits, with fees and exchange margin.
    public let remittances: [RemittanceCost]
    /// What sending cost with each provider the club used, in the fund's currency, cheapest first: sendings confirmed
    /// on arrival under their provider; one-step transfers, which name none, under the empty name.
    public let providers: [ProviderCost]
    /// Sent and not yet confirmed on arrival nor returned.
    public let inTransit: Money
    public let projects: [ProjectShare]
    public let asOf: CalendarDate

    public init(fund: ClubFund, state: LedgerState, asOf: CalendarDate) {
        let club = fund.club
        var costs: [CurrencyCode: RemittanceCost] = [:]
        var byProvider: [String: RemittanceCost] = [:]
        for id in state.clubMovementIDs[club.id, default: []] where state.isLive(id) {
            let remittance: Remittance
            var provider: String?
            switch state.movements[id]!.body {
            case .transfer(let transfer):
                remittance = transfer.remittance
                provider = ""
            case .deposit(let deposit): remittance = deposit.remittance
            case .arrival(let arrival):
                guard case .sending(let sending)? = state.movements[arrival.sendingID]?.body else { continue }
                remittance = sending.remittance(of: arrival)
                provider = sending.provider
            default: continue
            }
            costs[remittance.sent.currency, default: RemittanceCost(currency: remittance.sent.currency)].add(remittance)
            if let provider, remittance.sent.currency == club.fundCurrency {
                byProvider[provider, default: RemittanceCost(currency: club.fundCurrency)].add(remittance)
            }
        }
        clubID = club.id
        name = club.name
        memberDonations = Money(minorUnits: fund.memberDonationsMinorUnits, currency: club.fundCurrency)
        eventIncome = Money(minorUnits: fund.eventIncomeMinorUnits, currency: club.fundCurrency)
        fundBalance = fund.balance
        remittances = costs.values.sorted { $0.currency < $1.currency }
        providers = byProvider.map { ProviderCost(provider: $0.key, cost: $0.value) }.sorted {
            ($0.cost.totalCostBasisPoints ?? .max, $0.provider) < ($1.cost.totalCostBasisPoints ?? .max, $1.provider)
        }
        inTransit = Money(minorUnits: fund.inTransitMinorUnits, currency: club.fundCurrency)
        projects = (state.sponsoredFolios[club.id] ?? []).filter { state.catalogue.isAcceptedSponsor(club.id, of: $0) }.map {
            state.projects[$0]!
        }
        .map { account in
            let committed = account.pledgedMinorUnits[club.id, default: 0]
            return ProjectShare(
                folio: account.project.folio, title: account.project.title, status: account.status,
                committed: account.money(committed), received: account.money(account.receivedMinorUnits[club.id, default: 0]),
                shareBasisPoints: committed * 10_000 / account.project.approvedCost.minorUnits)
        }
        self.asOf = asOf
    }
}
