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
        let kept =
            step == 0
            ? all
            : all.filter { movement in
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
