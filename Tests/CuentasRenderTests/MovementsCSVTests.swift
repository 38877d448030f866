import CuentasCore
import CuentasRender
import CuentasTestSupport
import Testing

/// The movements CSV, handed over in pieces made on every core, is the header and then every movement's row in ledger
/// order, however the rows are cut into parts and batches.
@Suite struct MovementsCSVTests {
    @Test(arguments: [1, 2, 3, 7, MovementsCSV.defaultRowsPerPart])
    func piecesInOrderMakeTheWholeFile(rowsPerPart: Int) {
        let state = StatementFixture.state(hostile: true)
        let movements = state.movements.inOrder
        #expect(movements.count > 8 * 2, "more than one batch of parts of two rows")
        var pieces: [String] = []
        MovementsCSV.write(state, rowsPerPart: rowsPerPart) { pieces.append($0) }
        let rows = movements.map { MovementsCSV.lines([$0], catalogue: state.catalogue) }
        #expect(pieces.first == MovementsCSV.headerLine)
        #expect(pieces.count == 1 + (movements.count + rowsPerPart - 1) / rowsPerPart)
        #expect(pieces.joined() == MovementsCSV.headerLine + rows.joined())
    }
}
