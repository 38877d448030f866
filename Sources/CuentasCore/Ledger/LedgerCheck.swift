/// Checks a whole ledger: replays every movement through the same rules used to record it, and checks what only
/// holds for the whole (scheme pledges add up to the approved cost). Collects every violation instead of stopping.
public struct LedgerCheck: Sendable {
    public let state: LedgerState
    public let violations: [LedgerViolation]
    public let movementCount: Int

    /// `roomForMore`: movements the caller will record on the replayed state afterwards (an import), so that its
    /// table is made once at its final size rather than copied into a larger one with both held at once.
    public init(
        catalogue: Catalogue, movements: some Sequence<Movement>, roomForMore: Int = 0
    ) {
        precondition(roomForMore >= 0, "room is not negative")
        var state = LedgerState(catalogue: catalogue)
        state.reserveCapacity(movements: movements.underestimatedCount + roomForMore)
        var violations: [LedgerViolation] = []
        var count = 0
        var previousID: MovementID = 0
        for movement in movements {
            // The stores hand movements in order (and say when a damaged file does not); a sequence that is not is
            // reported, never replayed out of order.
            guard movement.id > previousID else {
                violations.append(LedgerViolation(folio: nil, movementID: movement.id, rule: .outOfLedgerOrder(after: previousID)))
                continue
            }
            previousID = movement.id
            count += 1
            do {
                try state.record(movement)
            } catch {
                violations.append(error)
            }
        }
        for account in state.projects.values.sorted(by: { $0.project.folio < $1.project.folio }) {
            let schemeTotal = account.schemePledgedMinorUnits
            let target = account.project.costPledgedByScheme
            if schemeTotal != 0 && Int128(schemeTotal) != target.minorUnits {
                violations.append(
                    LedgerViolation(
                        folio: account.project.folio, movementID: nil,
                        rule: .schemePledgesDoNotAddUp(
                            pledged: account.money(schemeTotal), cost: target.money ?? account.project.approvedCost)))
            }
        }
        self.state = state
        self.violations = violations
        self.movementCount = count
    }

    public var passed: Bool { violations.isEmpty }
}
