import CuentasCore

/// Shown beside a movement that a later correction undid: the movement stays visible, struck from the totals.
public struct ReversalMark: Hashable, Sendable {
    public let reversalID: MovementID
    public let date: CalendarDate
    public let reason: String

    static func of(_ id: MovementID, in state: LedgerState) -> ReversalMark? {
        guard let reversalID = state.reversedBy[id], let reversal = state.movements[reversalID],
            case .reversal(let body) = reversal.body
        else { return nil }
        return ReversalMark(reversalID: reversalID, date: reversal.occurredOn, reason: body.reason)
    }
}

/// A correction: a reversal entry and what it undid.
public struct Correction: Hashable, Sendable {
    public let movementID: MovementID
    public let date: CalendarDate
    public let reversedMovementID: MovementID
    public let reversedKind: MovementKind
    /// The amount the reversed movement carried, if it carried money.
    public let reversedAmount: Money?
    public let reason: String
    public let recordedBy: String

    static func from(_ movement: Movement, in state: LedgerState) -> Correction? {
        guard case .reversal(let reversal) = movement.body, let target = state.movements[reversal.movementID] else { return nil }
        return Correction(
            movementID: movement.id, date: movement.occurredOn, reversedMovementID: target.id, reversedKind: target.body.kind,
            reversedAmount: target.body.amount(transfer: .received), reason: reversal.reason, recordedBy: movement.recordedBy)
    }
}
