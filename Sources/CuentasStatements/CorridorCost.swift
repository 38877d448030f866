import CuentasCore

/// What sending money home cost, per provider, over every club of the program that sends along one corridor (their
/// fund's currency): the portfolio's view of the clubs' cost per provider, beside the World Bank's average.
public struct CorridorCost: Hashable, Sendable {
    /// ISO alpha-3 codes: "USA" to "MEX".
    public let sendingCountry: String
    public let receivingCountry: String
    /// Cheapest first; the empty provider stands for transfers recorded in one step.
    public let providers: [ProviderCost]
    public let average: CorridorPrice?

    /// The cheapest provider named.
    public var cheapest: ProviderCost? { providers.first { !$0.provider.isEmpty && $0.cost.totalCostBasisPoints != nil } }

    /// The corridors of these clubs' costs (`ClubSendingCosts`), each with its providers' costs added up, listed when a
    /// provider is named (one-step transfers alone compare nothing, as on a club's page).
    public static func corridors(_ clubs: [ClubSendingCosts], prices: [CorridorPrice]) -> [CorridorCost] {
        var byCorridor: [String: [String: RemittanceCost]] = [:]
        for club in clubs {
            for provider in club.providers {
                byCorridor[club.sendingCountry, default: [:]][provider.provider, default: RemittanceCost(currency: provider.cost.currency)]
                    .add(provider.cost)
            }
        }
        return byCorridor.keys.sorted().compactMap { country in
            let providers = byCorridor[country]!.map { ProviderCost(provider: $0.key, cost: $0.value) }.sorted {
                ($0.cost.totalCostBasisPoints ?? .max, $0.provider) < ($1.cost.totalCostBasisPoints ?? .max, $1.provider)
            }
            guard providers.contains(where: { !$0.provider.isEmpty }) else { return nil }
            return CorridorCost(
                sendingCountry: country, receivingCountry: CorridorPrice.mexico, providers: providers,
                average: CorridorPrice.latest(in: prices, from: country, to: CorridorPrice.mexico))
        }
    }
}

/// One club's cost of sending per provider, with the corridor it sends along: what the portfolio's corridors add up,
/// kept per club so that a re-publish computes again only the clubs that changed.
public struct ClubSendingCosts: Hashable, Sendable {
    public let clubID: PartyID
    public let sendingCountry: String
    public let providers: [ProviderCost]

    public init(clubID: PartyID, sendingCountry: String, providers: [ProviderCost]) {
        self.clubID = clubID
        self.sendingCountry = sendingCountry
        self.providers = providers
    }

    /// A club's, from a state that lists its movements.
    public init?(clubID: PartyID, state: LedgerState, asOf: CalendarDate) {
        guard let fund = state.clubFunds[clubID] else { return nil }
        self.init(
            clubID: clubID, sendingCountry: CorridorPrice.sendingCountry(of: fund.club),
            providers: ClubFigures(fund: fund, state: state, asOf: asOf).providers)
    }
}
