import CuentasRender
import Testing

/// Plain-text tables: columns as wide as their widest cell counted in characters (not bytes), numbers right-aligned,
/// no spaces at the end of a line.
@Suite struct TextTableTests {
    @Test func columnsAreAsWideAsTheirWidestCellAndLinesEndWithoutSpaces() {
        var table = TextTable([("Party", .left), ("Amount", .right), ("Note", .left)])
        table.add(["Club", "MX$1,000.00", ""])
        table.add(["Municipio", "MX$5.00", "late"])
        #expect(
            table.rendered() == """
                Party           Amount  Note
                ---------  -----------  ----
                Club       MX$1,000.00
                Municipio      MX$5.00  late
                """)
    }

    @Test func widthsCountCharactersNotBytes() {
        var table = TextTable([("Quién", .left), ("x", .right)])
        // Accents written as one scalar and as a letter with a combining mark, an emoji, and CR LF (one character).
        table.add(["Añil", "1"])
        table.add(["Jose\u{301}", "22"])
        table.add(["🌽🌽", "3"])
        table.add(["a\r\nb", "4"])
        #expect(table.rendered() == "Quién   x\n-----  --\nAñil    1\nJose\u{301}   22\n🌽🌽      3\na\r\nb     4")
    }

    @Test func aTableWithNoRowsIsItsHeaderAndRule() {
        let table = TextTable([("A", .left), ("", .left)])
        #expect(table.rendered() == "A\n-")
    }
}
