/// What one club brought home in one calendar year, from the movements in force (a reversed movement is as if never
/// recorded): what it raised (members' donations and events), what it sent and what sending cost (transfers, and
/// sendings once they arrived; in the fund's currency), what its projects received from it, and the government
/// money its projects received (in the projects' currency). A project several clubs sponsor shares its government
/// money among them in proportion to what each pledged (largest remainder: the shares add up to the centavo), so
/// summing clubs never counts a peso twice.
public struct ClubContributionYear: Hashable, Sendable {
    /// Nil for a sum of several clubs' (a federation's, a state's, the country's).
    public let clubID: PartyID?
    /// Zero for a sum over every year.
    public let year: Int
    public internal(set) var raised = MoneyByCurrency()
    public internal(set) var sending: [CurrencyCode: RemittanceCost] = [:]
    public internal(set) var delivered = MoneyByCurrency()
    public internal(set) var government = MoneyByCurrency()

    public init(clubID: PartyID?, year: Int) {
        self.clubID = clubID
        self.year = year
    }

    /// Every club's years, by club then year.
    public static func all(in state: LedgerState) -> [PartyID: [Int: ClubContributionYear]] {
        years(of: state.catalogue.clubs.keys, in: state)
    }

    /// Those clubs' years, by club then year. `state` must hold each club's whole fund and every project it sponsors
    /// (a re-publish's partial replay of the clubs it renders does).
    public static func years(of clubs: some Sequence<PartyID>, in state: LedgerState) -> [PartyID: [Int: ClubContributionYear]] {
        var years: [PartyID: [Int: ClubContributionYear]] = [:]
        for club in clubs {
            var own: [Int: ClubContributionYear] = [:]
            func update(_ date: CalendarDate, _ change: (inout ClubContributionYear) -> Void) {
                change(&own[date.year, default: ClubContributionYear(clubID: club, year: date.year)])
            }
            for id in state.clubMovementIDs[club] ?? [] where state.isLive(id) {
                guard let movement = state.movements[id] else { continue }
                switch movement.body {
                case .donation(let donation) where donation.clubID == club:
                    update(movement.occurredOn) { $0.raised.add(donation.amount) }
                case .transfer(let transfer) where transfer.clubID == club:
                    update(movement.occurredOn) { $0.sent(transfer.remittance) }
                case .arrival(let arrival) where arrival.clubID == club:
                    guard case .sending(let sending)? = state.movements[arrival.sendingID]?.body else { continue }
                    update(movement.occurredOn) { $0.sent(sending.remittance(of: arrival)) }
                case .deposit(let deposit) where deposit.partyID == club:
                    update(movement.occurredOn) { $0.sent(deposit.remittance) }
                default: continue
                }
            }
            for folio in state.sponsoredFolios[club] ?? [] {
                guard let account = state.projects[folio] else { continue }
                let sponsors = state.catalogue.acceptedSponsors(of: account.project)
                guard let position = sponsors.firstIndex(of: club) else { continue }
                let pledged = sponsors.map { account.pledgedMinorUnits[$0, default: 0] }
                let weights = pledged.allSatisfy { $0 <= 0 } ? sponsors.map { _ in Int64(1) } : pledged.map { max(0, $0) }
                for id in state.projectMovementIDs[folio] ?? [] where state.isLive(id) {
                    guard let movement = state.movements[id], case .deposit(let deposit) = movement.body,
                        let role = state.catalogue.role(of: deposit.partyID), role != .club, deposit.remittance.received.minorUnits > 0
                    else { continue }
                    let received = deposit.remittance.received
                    let share = Apportionment.split(received.minorUnits, weights: weights)[position]
                    update(movement.occurredOn) { $0.government.add(Money(minorUnits: share, currency: received.currency)) }
                }
            }
            if !own.isEmpty { years[club] = own }
        }
        return years
    }

    private mutating func sent(_ remittance: Remittance) {
        sending[remittance.sent.currency, default: RemittanceCost(currency: remittance.sent.currency)].add(remittance)
        delivered.add(remittance.received)
    }

    /// The figures kept as one total each (a sending keeps a `RemittanceCost`).
    public enum Figure: String, Sendable {
        case raised, delivered, government
    }

    /// A figure read back from where it was written (a published folder's record).
    public mutating func restore(_ figure: Figure, _ total: MoneyTotal) {
        switch figure {
        case .raised: raised.add(total)
        case .delivered: delivered.add(total)
        case .government: government.add(total)
        }
    }

    public mutating func restore(_ cost: RemittanceCost) {
        sending[cost.currency, default: RemittanceCost(currency: cost.currency)].add(cost)
    }

    /// Adds another year's figures (another club's, for a federation, a state or the country).
    public mutating func add(_ other: ClubContributionYear) {
        raised.add(other.raised)
        delivered.add(other.delivered)
        government.add(other.government)
        for (currency, cost) in other.sending { sending[currency, default: RemittanceCost(currency: currency)].add(cost) }
    }
}
