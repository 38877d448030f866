/// A sending and what became of it: in transit (and for how long), confirmed on arrival (and whether short), or returned.
public struct SendingTrack: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        /// Not yet confirmed: `days` since it was sent; `isUnconfirmed` past the rule's limit.
        case inTransit(days: Int, isUnconfirmed: Bool)
        case arrived(movementID: MovementID, on: CalendarDate, received: Money, reference: String, shortfall: Shortfall?)
        case returned(movementID: MovementID, on: CalendarDate, reason: String)
    }

    public let movementID: MovementID
    public let sentOn: CalendarDate
    public let sending: Sending
    public let outcome: Outcome

    /// A sending known to be in transit (the store found no arrival or return for it), as of `asOf`.
    public init?(inTransit movement: Movement, asOf: CalendarDate, rule: TransitRule = .standard) {
        guard case .sending(let sending) = movement.body else { return nil }
        let days = max(0, asOf.days(since: movement.occurredOn))
        self.init(
            movementID: movement.id, sentOn: movement.occurredOn, sending: sending,
            outcome: .inTransit(days: days, isUnconfirmed: days > rule.unconfirmedAfterDays))
    }

    init(movementID: MovementID, sentOn: CalendarDate, sending: Sending, outcome: Outcome) {
        self.movementID = movementID
        self.sentOn = sentOn
        self.sending = sending
        self.outcome = outcome
    }

    public var isInTransit: Bool { if case .inTransit = outcome { return true } else { return false } }
    public var isUnconfirmed: Bool { if case .inTransit(_, true) = outcome { return true } else { return false } }
    public var shortfall: Shortfall? { if case .arrived(_, _, _, _, let shortfall) = outcome { return shortfall } else { return nil } }
}

extension LedgerState {
    /// Every live sending among `ids` (a club's or a project's movements) with what became of it as of `asOf`, in ledger
    /// order. A reversed sending is not one; a reversed arrival or return leaves its sending in transit again.
    public func sendingTracks(among ids: [MovementID], asOf: CalendarDate, rule: TransitRule = .standard) -> [SendingTrack] {
        ids.compactMap { id in
            guard isLive(id), let movement = movements[id], case .sending(let sending) = movement.body else { return nil }
            return SendingTrack(
                movementID: id, sentOn: movement.occurredOn, sending: sending,
                outcome: outcome(of: id, sending, movement.occurredOn, asOf, rule))
        }
    }

    private func outcome(
        of id: MovementID, _ sending: Sending, _ sentOn: CalendarDate, _ asOf: CalendarDate, _ rule: TransitRule
    ) -> SendingTrack.Outcome {
        guard let settlementID = settledBy[id], let settlement = movements[settlementID] else {
            let days = max(0, asOf.days(since: sentOn))
            return .inTransit(days: days, isUnconfirmed: days > rule.unconfirmedAfterDays)
        }
        switch settlement.body {
        case .arrival(let arrival):
            return .arrived(
                movementID: settlementID, on: settlement.occurredOn, received: arrival.received, reference: arrival.reference,
                shortfall: rule.shortfall(of: sending, received: arrival.received))
        case .returned(let returned):
            return .returned(movementID: settlementID, on: settlement.occurredOn, reason: returned.reason)
        default:
            preconditionFailure("only an arrival or a return settles a sending")
        }
    }
}
