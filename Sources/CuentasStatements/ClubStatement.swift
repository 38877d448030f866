import CuentasCore

/// A club's statement: what it raised, what it sent home and what sending cost, and the projects it supports.
public struct ClubStatement: Hashable, Sendable {
    public struct EventLine: Hashable, Sendable {
        public let movementID: MovementID
        public let date: CalendarDate
        public let name: String
        public let amount: Money
        public let reversal: ReversalMark?
    }

    public struct TransferLine: Hashable, Sendable {
        public let movementID: MovementID
        public let date: CalendarDate
        public let folio: Folio
        public let projectTitle: LocalizedText
        public let sent: Money
        public let fee: Money
        public let exchangeCost: Money?
        public let received: Money
        /// Fee plus exchange margin as a share of the amount sent.
        public let costBasisPoints: Int64
        public let reference: String
        public let reversal: ReversalMark?
        /// For a sending confirmed on arrival: when it left the fund (nil for a transfer recorded in one step).
        public let sentOn: CalendarDate?
        public let provider: String?
        /// What it lacked against the amount sent at the quoted rate, beyond the tolerance (`TransitRule`).
        public let shortfall: Shortfall?
    }

    public let clubID: PartyID
    public let name: String
    public let federation: String?
    public let cityAbroad: String
    public let stateAbroad: String
    public let countryAbroad: String
    public let tomaDeNota: TomaDeNota?
    public let tomaDeNotaIsCurrent: Bool
    /// Its renewed registrations and amendments (name, federation, city), by date.
    public let changes: [RecordChange]
    public let asOf: CalendarDate
    public let memberDonations: Money
    public let memberDonationCount: Int
    public let eventIncome: Money
    public let events: [EventLine]
    public let transfers: [TransferLine]
    /// Totals of the live transfers and the club's direct deposits, per sent currency.
    public let remittanceCosts: [RemittanceCost]
    /// The corridor average to compare with, when reference prices were given.
    public let corridor: CorridorPrice?
    public let fundBalance: Money
    /// Sent and not yet confirmed on arrival.
    public let inTransit: Money
    /// The sendings not confirmed on arrival: in transit (flagged past `TransitRule.unconfirmedAfterDays`) and returned.
    public let sendings: [SendingTrack]
    /// What sending cost with each provider, cheapest first (`ClubFigures.providers`).
    public let providers: [ProviderCost]
    public let projects: [ClubFigures.ProjectShare]
    public let corrections: [Correction]

    public init?(
        clubID: PartyID, state: LedgerState, asOf: CalendarDate, corridorPrices: [CorridorPrice] = [], transitRule: TransitRule = .standard
    ) {
        guard let fund = state.clubFunds[clubID] else { return nil }
        let club = fund.club
        let figures = ClubFigures(fund: fund, state: state, asOf: asOf)
        var events: [EventLine] = []
        var transfers: [TransferLine] = []
        var corrections: [Correction] = []
        var donationCount = 0
        for id in state.clubMovementIDs[club.id, default: []] {
            let movement = state.movements[id]!
            let reversal = ReversalMark.of(id, in: state)
            switch movement.body {
            case .donation(let donation):
                switch donation.source {
                case .event(let name):
                    events.append(
                        EventLine(movementID: id, date: movement.occurredOn, name: name, amount: donation.amount, reversal: reversal))
                case .member:
                    if reversal == nil { donationCount += 1 }
                }
            case .transfer(let transfer):
                transfers.append(Self.transferLine(movement, transfer.folio, transfer.remittance, reversal, state))
            case .arrival(let arrival):
                guard let sent = state.movements[arrival.sendingID], case .sending(let sending) = sent.body else { break }
                transfers.append(
                    Self.transferLine(
                        movement, arrival.folio, sending.remittance(of: arrival), reversal, state, sentOn: sent.occurredOn,
                        provider: sending.provider, shortfall: transitRule.shortfall(of: sending, received: arrival.received)))
            case .reversal:
                if let correction = Correction.from(movement, in: state) { corrections.append(correction) }
            default:
                break
            }
        }
        self.clubID = club.id
        name = club.name
        federation = club.federationID.map { state.catalogue.partyName($0) }
        cityAbroad = club.cityAbroad
        stateAbroad = club.stateAbroad
        countryAbroad = club.countryAbroad
        tomaDeNota = state.catalogue.registration(of: club, on: asOf)
        tomaDeNotaIsCurrent = tomaDeNota?.isCurrent(on: asOf) ?? false
        changes = RecordChange.of(club: club, in: state.catalogue)
        self.asOf = asOf
        memberDonations = figures.memberDonations
        memberDonationCount = donationCount
        eventIncome = figures.eventIncome
        self.events = events.sorted { ($0.date, $0.movementID) < ($1.date, $1.movementID) }
        self.transfers = transfers.sorted { ($0.date, $0.movementID) < ($1.date, $1.movementID) }
        remittanceCosts = figures.remittances
        corridor = CorridorPrice.latest(in: corridorPrices, from: CorridorPrice.sendingCountry(of: club), to: CorridorPrice.mexico)
        fundBalance = figures.fundBalance
        inTransit = figures.inTransit
        sendings = state.sendingTracks(among: state.clubMovementIDs[club.id, default: []], asOf: asOf, rule: transitRule)
            .filter { if case .arrived = $0.outcome { return false } else { return true } }
        providers = figures.providers
        projects = figures.projects
        self.corrections = corrections
    }

    /// The club's own total cost of sending, in its fund's currency.
    public var totalCostBasisPoints: Int64? {
        remittanceCosts.first { $0.currency == fundBalance.currency }?.totalCostBasisPoints
    }

    private static func transferLine(
        _ movement: Movement, _ folio: Folio, _ remittance: Remittance, _ reversal: ReversalMark?, _ state: LedgerState,
        sentOn: CalendarDate? = nil, provider: String? = nil, shortfall: Shortfall? = nil
    ) -> TransferLine {
        TransferLine(
            movementID: movement.id, date: movement.occurredOn, folio: folio,
            projectTitle: state.catalogue.projects[folio]!.title, sent: remittance.sent, fee: remittance.fee,
            exchangeCost: remittance.exchangeCost, received: remittance.received,
            costBasisPoints: RemittanceCost.basisPoints(
                Int128(remittance.fee.minorUnits) + Int128(remittance.exchangeCost?.minorUnits ?? 0), of: Int128(remittance.sent.minorUnits)
            ),
            reference: remittance.reference, reversal: reversal, sentOn: sentOn, provider: provider, shortfall: shortfall)
    }

    /// The cheapest provider the club used (one-step transfers name none and are not counted).
    public var cheapestProvider: ProviderCost? { providers.first { !$0.provider.isEmpty && $0.cost.totalCostBasisPoints != nil } }
}
