/// Where the money of each donation to a club's fund went: the rule that follows a donation through the pooled fund to
/// the transfers and sendings that carried it home. A pure function of the ledger: the same movements always give the
/// same answer, to the minor unit.
///
/// The rule, first in, first out:
/// 1. The fund's movements in force (reversed ones and reversals left out, as if never recorded) are taken in order of
///    date, then of movement number.
/// 2. A donation joins the end of the line with its whole amount.
/// 3. A transfer or a sending draws what it took from the fund (the amount sent plus the fee) from the front of the
///    line: the oldest donation first, until it is used up, then the next. A donation can be split among several
///    transfers, and a transfer drawn from many donations.
/// 4. Each donation's draw is its share of the transfer: of its fee, and of what arrived in the project's currency
///    (of the arrival, for a sending), both split in proportion to the draws by the largest remainder, so the shares
///    add up to the fee and to what arrived exactly.
/// 5. A sending the bank returned gives each donation back its share of the amount sent (the fee stays spent): the
///    money is again in the fund, in its place in the line (the oldest first).
/// 6. A refund from a project to the club (a cancelled project) is split among the donations that had reached that
///    project before it (in the rule's order), in proportion to what of each arrived and was not refunded before. The ledger records a refund as money returned
///    to the club, not as money back in the fund (the fund's balance does not change); the receipt says so.
/// 7. What a transfer drew beyond every donation dated before it is named as drawn from no donation (it happens only
///    when donations were dated after money they paid for had gone).
public struct FundFollowing: Sendable {
    public let clubID: PartyID
    /// Each donation in force, by movement number, with where its money went.
    public let paths: [MovementID: DonationPath]
    /// Minor units of the fund's currency that transfers drew beyond the donations before them (rule 7).
    public let drawnFromNoDonation: Int64

    /// The following of `clubID`'s fund in `state`, which must hold the club's movements (`clubMovementIDs`). With
    /// `through`, as the ledger stood when that was its last movement (a re-publish compares the two).
    public init(clubID: PartyID, state: LedgerState, through: MovementID? = nil) {
        self.clubID = clubID
        let through = through ?? state.lastMovementID
        var line = FundLine()
        var parts: [MovementID: [Draw]] = [:]
        var refunds: [Movement] = []
        for movement in Self.inForce(clubID: clubID, state: state, through: through) {
            switch movement.body {
            case .donation(let donation):
                line.join(movement, amount: donation.amount.minorUnits)
            case .transfer(let transfer):
                let total = transfer.remittance.sent.minorUnits + transfer.remittance.fee.minorUnits
                parts[movement.id] = line.draw(total)
            case .sending(let sending):
                parts[movement.id] = line.draw(sending.sent.minorUnits + sending.fee.minorUnits)
            case .returned(let returned):
                guard case .sending(let sending)? = state.movements[returned.sendingID]?.body, let draws = parts[returned.sendingID] else {
                    break
                }
                let fees = Self.split(sending.fee.minorUnits, over: draws)
                for (draw, fee) in zip(draws, fees) where draw.donationID != nil {
                    line.giveBack(draw.amount - fee, to: draw.donationID!)
                }
            case .refund:
                refunds.append(movement)
            default:
                break
            }
        }
        var paths: [MovementID: DonationPath] = [:]
        for entry in line.entries {
            paths[entry.movement.id] = DonationPath(movement: entry.movement, parts: [], stillInFund: entry.remaining)
        }
        // Shares of each carrier, in the order the carriers went.
        var partsByFolio: [Folio: [(donation: MovementID, index: Int)]] = [:]
        let carriers = parts.keys.sorted { Self.order(state.movements[$0]!, state.movements[$1]!) }
        for carrierID in carriers {
            let carrier = state.movements[carrierID]!
            let draws = parts[carrierID]!
            for (draw, share) in zip(draws, Self.shares(of: carrier, draws: draws, state: state, through: through)) {
                guard let donationID = draw.donationID else { continue }
                paths[donationID]!.parts.append(share)
                if case .arrived = share.fate {
                    partsByFolio[share.folio, default: []].append((donationID, paths[donationID]!.parts.count - 1))
                }
            }
        }
        for movement in refunds {
            guard case .refund(let refund) = movement.body else { continue }
            let reached = (partsByFolio[refund.folio] ?? []).filter { place in
                paths[place.donation]!.parts[place.index].arrivedBy.map { Self.order($0, movement) } ?? false
            }
            let open = reached.map { paths[$0.donation]!.parts[$0.index].refundable }
            let total = open.reduce(0, +)
            guard total > 0 else { continue }
            for (place, amount) in zip(reached, Apportionment.split(min(refund.amount.minorUnits, total), weights: open)) {
                paths[place.donation]!.parts[place.index].refundedMinorUnits += amount
            }
        }
        self.paths = paths
        drawnFromNoDonation = parts.values.joined().filter { $0.donationID == nil }.map(\.amount).reduce(0, +)
    }

    /// The fund's movements in force, in the order the rule takes them: by date, then by number.
    static func inForce(clubID: PartyID, state: LedgerState, through: MovementID) -> [Movement] {
        (state.clubMovementIDs[clubID] ?? []).compactMap { id -> Movement? in
            guard id <= through, let movement = state.movements[id], (state.reversedBy[id].map { $0 > through } ?? true) else { return nil }
            if case .reversal = movement.body { return nil }
            return movement
        }.sorted(by: order)
    }

    public static func order(_ first: Movement, _ second: Movement) -> Bool {
        first.occurredOn != second.occurredOn ? first.occurredOn < second.occurredOn : first.id < second.id
    }

    /// The fee's shares of a carrier's draws, in proportion to them.
    static func split(_ total: Int64, over draws: [Draw]) -> [Int64] {
        let weights = draws.map(\.amount)
        guard weights.reduce(0, +) > 0 else { return weights.map { _ in 0 } }
        return Apportionment.split(total, weights: weights)
    }

    /// Each draw's share of what its carrier sent, paid in fee and delivered (or not yet).
    static func shares(of carrier: Movement, draws: [Draw], state: LedgerState, through: MovementID) -> [DonationPart] {
        switch carrier.body {
        case .transfer(let transfer):
            let fees = split(transfer.remittance.fee.minorUnits, over: draws)
            let arrived = split(transfer.remittance.received.minorUnits, over: draws)
            return draws.indices.map { index in
                DonationPart(
                    carrierID: carrier.id, carriedOn: carrier.occurredOn, folio: transfer.folio, drawnMinorUnits: draws[index].amount,
                    feeMinorUnits: fees[index],
                    fate: .arrived(Money(minorUnits: arrived[index], currency: transfer.remittance.received.currency)),
                    arrivedBy: carrier)
            }
        case .sending(let sending):
            let fees = split(sending.fee.minorUnits, over: draws)
            var fates = draws.map { _ in DonationPart.Fate.inTransit }
            var arrivedBy: Movement?
            if let settlementID = state.settledBy[carrier.id], settlementID <= through, let settlement = state.movements[settlementID] {
                switch settlement.body {
                case .arrival(let arrival):
                    let arrived = split(arrival.received.minorUnits, over: draws)
                    fates = arrived.map { .arrived(Money(minorUnits: $0, currency: arrival.received.currency)) }
                    arrivedBy = settlement
                case .returned:
                    fates = draws.map { _ in .returned(on: settlement.occurredOn) }
                default: break
                }
            }
            return draws.indices.map { index in
                DonationPart(
                    carrierID: carrier.id, carriedOn: carrier.occurredOn, folio: sending.folio, drawnMinorUnits: draws[index].amount,
                    feeMinorUnits: fees[index], fate: fates[index], arrivedBy: arrivedBy)
            }
        default:
            preconditionFailure("only transfers and sendings carry a fund's money")
        }
    }

    /// One piece of what a carrier took from the fund: from one donation, or (nil) from none (rule 7).
    struct Draw {
        let donationID: MovementID?
        let amount: Int64
    }

    /// The donations in the order they joined, with what each still has in the fund.
    struct FundLine {
        private(set) var entries: [(movement: Movement, remaining: Int64)] = []
        private var positions: [MovementID: Int] = [:]
        /// Every entry before this one is used up.
        private var front = 0

        mutating func join(_ movement: Movement, amount: Int64) {
            positions[movement.id] = entries.count
            entries.append((movement, amount))
        }

        mutating func draw(_ total: Int64) -> [Draw] {
            var draws: [Draw] = []
            var left = total
            while left > 0 && front < entries.count {
                let taken = min(left, entries[front].remaining)
                if taken > 0 {
                    draws.append(Draw(donationID: entries[front].movement.id, amount: taken))
                    entries[front].remaining -= taken
                    left -= taken
                }
                if entries[front].remaining == 0 { front += 1 }
            }
            if left > 0 { draws.append(Draw(donationID: nil, amount: left)) }
            return draws
        }

        /// Money back in the fund keeps its donation's place: drawn again before the younger ones.
        mutating func giveBack(_ amount: Int64, to donationID: MovementID) {
            guard amount > 0, let position = positions[donationID] else { return }
            entries[position].remaining += amount
            front = min(front, position)
        }
    }
}

/// One donation and where its money went (`FundFollowing`).
public struct DonationPath: Sendable, Equatable {
    public let movement: Movement
    /// The transfers and sendings that carried part of it, in the order they went.
    public internal(set) var parts: [DonationPart]
    /// What of it is still in the club's fund, in the fund's currency (minor units).
    public let stillInFund: Int64

    public var donation: Donation {
        guard case .donation(let donation) = movement.body else { preconditionFailure("a donation's path") }
        return donation
    }
}

/// The part of a donation one transfer or sending carried.
public struct DonationPart: Sendable, Equatable {
    /// What became of the money.
    public enum Fate: Sendable, Equatable {
        /// Arrived in the project's account: this much of what arrived is this donation's.
        case arrived(Money)
        /// Sent, not yet confirmed on arrival.
        case inTransit
        /// The bank returned it: the amount sent is back in the fund (in `stillInFund`), the fee spent.
        case returned(on: CalendarDate)
    }

    /// The transfer or sending.
    public let carrierID: MovementID
    public let carriedOn: CalendarDate
    public let folio: Folio
    /// Taken from this donation, fee included, in the fund's currency (minor units).
    public let drawnMinorUnits: Int64
    /// Of which the fee.
    public let feeMinorUnits: Int64
    public let fate: Fate
    /// Of what arrived, the part a refund from the project gave back to the club (project currency, minor units).
    public internal(set) var refundedMinorUnits: Int64 = 0
    /// The movement that brought it to the project (the transfer, or the sending's arrival); nil until it arrives. A
    /// refund shares only what arrived before it.
    let arrivedBy: Movement?

    init(
        carrierID: MovementID, carriedOn: CalendarDate, folio: Folio, drawnMinorUnits: Int64, feeMinorUnits: Int64, fate: Fate,
        arrivedBy: Movement?
    ) {
        self.carrierID = carrierID
        self.carriedOn = carriedOn
        self.folio = folio
        self.drawnMinorUnits = drawnMinorUnits
        self.feeMinorUnits = feeMinorUnits
        self.fate = fate
        self.arrivedBy = arrivedBy
    }

    /// What arrived and was not refunded (minor units of the project's currency); zero when nothing arrived.
    var refundable: Int64 {
        guard case .arrived(let money) = fate else { return 0 }
        return money.minorUnits - refundedMinorUnits
    }

    /// What of it arrived, in the project's currency; nil while in transit or when returned.
    public var arrived: Money? {
        guard case .arrived(let money) = fate else { return nil }
        return money
    }
}
