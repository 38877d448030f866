import CuentasCore
import CuentasTestSupport
import Testing

/// A replayed ledger finds each of its movements by number, whether the numbers run on (a whole ledger) or skip (a
/// part of one), and finds nothing for a number it does not hold.
@Suite struct MovementTableTests {
    @Test(arguments: [0, 2, 3, 5])
    func findsEveryMovementItHoldsAndNoOther(keepingEvery step: Int) throws {
        var fixture = try LedgerFixture.funded()
        for percent in [10, 20, 30, 40, 50, 60, 70] {
            try fixture.record(.progress(ProgressReport(folio: LedgerFixture.folio, physicalPercent: percent)), on: "2024-04-10")
        }
        let all = fixture.state.movements.inOrder
        // Progress reports can be left out without breaking a rule: the part keeps every other movement.
        let kept = step == 0 ? all : all.filter { movement in
            guard case .progress = movement.body else { return true }
            return movement.id % Int64(step) != 0
        }
        let state = LedgerCheck(catalogue: LedgerFixture.catalogue, movements: kept).state
        #expect(state.movements.inOrder.map(\.id) == kept.map(\.id), "every movement kept passes the rules")
        if step != 0 { #expect(kept.count < all.count, "some numbers are skipped") }
        let byNumber = Dictionary(uniqueKeysWithValues: kept.map { ($0.id, $0) })
        for id in -1...(all.last!.id + 3) {
            #expect(state.movements[id] == byNumber[id], "movement #\(id)")
        }
        #expect(state.movements.count == kept.count)
    }
}

/// A state replayed only to record on keeps only the movements reversals point at, and checks new movements exactly as
/// a state that keeps every one.
@Suite struct KeptMovementsTests {
    @Test func aStateKeepingOnlyReversalTargetsRecordsAsTheWholeOneDoes() throws {
        let whole = StatementFixture.state()
        let movements = whole.movements.inOrder
        var targets: Set<MovementID> = []
        for movement in movements { if case .reversal(let reversal) = movement.body { targets.insert(reversal.movementID) } }
        // Also kept: the deposit a new reversal below will undo.
        let laterTarget = try #require(movements.last { if case .deposit = $0.body { !targets.contains($0.id) } else { false } })
        targets.insert(laterTarget.id)
        let kept = LedgerCheck(catalogue: whole.catalogue, movements: movements, keepingOnly: targets)
        #expect(kept.passed)
        #expect(kept.state.movements.inOrder.map(\.id) == targets.sorted())
        #expect(kept.state.lastMovementID == whole.lastMovementID)
        let asOf = StatementFixture.asOf
        for (folio, account) in whole.projects {
            #expect(ProjectFigures(account: kept.state.projects[folio]!, catalogue: whole.catalogue, asOf: asOf)
                == ProjectFigures(account: account, catalogue: whole.catalogue, asOf: asOf))
        }
        func next(_ body: MovementBody, on state: LedgerState) -> Movement {
            Movement(id: state.nextMovementID, occurredOn: asOf, recordedBy: "x", note: "", body: body)
        }
        // The same answers to new movements: a reference already live refused, a reversal of a kept deposit accepted,
        // one of a movement already reversed refused.
        let reusedReference = movements.compactMap { movement -> MovementBody? in
            guard case .deposit(let deposit) = movement.body, movement.id == laterTarget.id else { return nil }
            return .deposit(deposit)
        }[0]
        var keptState = kept.state
        var wholeState = whole
        let bodies: [MovementBody] = [
            reusedReference,
            .reversal(Reversal(movementID: laterTarget.id, reason: "duplicada")),
            .reversal(Reversal(movementID: targets.sorted()[0], reason: "otra vez")),
        ]
        var refusedByKept = 0
        for body in bodies {
            var keptError: LedgerViolation?
            var wholeError: LedgerViolation?
            do { try keptState.record(next(body, on: keptState)) } catch { keptError = error }
            do { try wholeState.record(next(body, on: wholeState)) } catch { wholeError = error }
            #expect(keptError == wholeError)
            if keptError != nil { refusedByKept += 1 }
        }
        #expect(refusedByKept == 2)
        for (folio, account) in wholeState.projects {
            #expect(ProjectFigures(account: keptState.projects[folio]!, catalogue: whole.catalogue, asOf: asOf)
                == ProjectFigures(account: account, catalogue: whole.catalogue, asOf: asOf))
        }
    }
}
