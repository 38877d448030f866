/// A state made to be read, not to record on: what statements, pages and listings show. Its balances are taken as the
/// store keeps them (`assumeBalance`, before anything is listed) and its movements are listed in order with no rule run
/// and no posting made: each one passed every rule when it was recorded, the store updated the balances in the same
/// transaction, and `check` proves the stored balances equal to a full replay. Listing does only the bookkeeping that
/// is not a sum: where each movement is listed, statuses, progress, live pledges, which movement reversed which.
extension LedgerState {
    /// Lists the next movement (its number above every one listed). A reversal's target, when listed earlier, is marked
    /// undone; a reversal whose target is not in this state is listed under nothing, and so is a movement about a
    /// project the state does not hold (only a file changed outside the program has one; `check` names it).
    public mutating func list(_ movement: Movement) {
        precondition(movement.id > lastMovementID, "movements are listed in ledger order")
        var target: Movement?
        if case .reversal(let reversal) = movement.body { target = movements[reversal.movementID] }
        let folio = MovementEffects.touches(movement.body, reversing: target?.body).folio
        if folio.map({ projects[$0] != nil }) ?? true { noteRecorded(movement, reversing: target) }
        movements.append(movement)
        lastMovementID = movement.id
    }

    /// A state of stored balances and listed movements: `balances` hands every stored balance (before any movement is
    /// listed), then every movement to list, in ledger order.
    public static func listing(
        catalogue: Catalogue, balances: (inout LedgerState) throws -> Void, movements: some Sequence<Movement>
    ) rethrows -> LedgerState {
        var state = LedgerState(catalogue: catalogue)
        state.isListing = true
        state.reserveCapacity(movements: movements.underestimatedCount)
        try balances(&state)
        for movement in movements { state.list(movement) }
        return state
    }
}
