import CuentasImport
import Foundation
import Testing

@Suite struct CSVReaderTests {
    func read(_ text: String) throws(ImportError) -> CSVTable { try CSVReader.read(Data(text.utf8)) }

    @Test func readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let table = try read("a,b,c\n\"Pérez, Juan\",\"dijo \"\"sí\"\"\",\"línea 1\nlínea 2\"\nx,y,z\n")
        #expect(table.header == ["a", "b", "c"])
        #expect(table.rows[0].fields == ["Pérez, Juan", "dijo \"sí\"", "línea 1\nlínea 2"])
        #expect(table.rows[0].line == 2)
        // The row after a quoted line break starts on line 4.
        #expect(table.rows[1].line == 4)
    }

    @Test func skipsAByteOrderMarkAndReadsCRLF() throws {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data("Date,Amount\r\n2024-01-01,5.00\r\n2024-01-02,6.00\r\n".utf8))
        let table = try CSVReader.read(data)
        #expect(table.header == ["date", "amount"])
        #expect(table.rows.map(\.fields) == [["2024-01-01", "5.00"], ["2024-01-02", "6.00"]])
        #expect(table.rows.map(\.line) == [2, 3])
    }

    @Test func recognisesUTF16AsUTF16() {
        let text = "date,club,amount,currency,event\n2024-03-05,CLUB,10.00,USD,Rifa\n"
        let withMark = Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
        let withoutMark = text.data(using: .utf16BigEndian)!
        for data in [withMark, withoutMark] {
            #expect(throws: ImportError(line: 1, column: nil, value: nil, problem: .utf16)) { try CSVReader.read(data) }
        }
        #expect(
            ImportError(line: 1, column: nil, value: nil, problem: .utf16).explanation(in: .english)
                == "line 1: the file is UTF-16 (Excel's \"Unicode text\"); save it as \"CSV UTF-8\"")
    }

    @Test func aFileTooLargeIsRefusedFromItsSizeAlone() {
        #expect(
            throws: ImportError(
                line: 1, column: nil, value: nil, problem: .fileTooLarge(bytes: 494 * 1_048_576, limit: CSVReader.maximumBytes))
        ) {
            try CSVReader.check(size: 494 * 1_048_576)
        }
        #expect(
            ImportError(line: 1, column: nil, value: nil, problem: .fileTooLarge(bytes: 494 * 1_048_576, limit: CSVReader.maximumBytes))
                .explanation(in: .english)
                == "line 1: the file is 494 MiB and one import takes at most 256 MiB; split it into several files")
    }

    @Test func refusesLatin1AndNamesTheLine() {
        var data = Data("date,payee\n2024-01-01,Pe".utf8)
        data.append(0xF1)  // "ñ" in Latin-1
        data.append(Data("a\n".utf8))
        #expect(throws: ImportError(line: 2, column: nil, value: nil, problem: .notUTF8)) { try CSVReader.read(data) }
    }

    @Test func refusesAnEmptyFile() {
        #expect(throws: ImportError(line: 1, column: nil, value: nil, problem: .emptyFile)) { try read("") }
        #expect(throws: ImportError(line: 1, column: nil, value: nil, problem: .emptyFile)) { try read("\n\n") }
    }

    @Test func refusesARowWithTheWrongNumberOfFields() {
        #expect(throws: ImportError(line: 3, column: nil, value: nil, problem: .wrongFieldCount(expected: 2, found: 3))) {
            try read("a,b\n1,2\n1,2,3\n")
        }
    }

    @Test func refusesAnUnterminatedQuote() {
        #expect(throws: ImportError(line: 2, column: nil, value: nil, problem: .unterminatedQuote)) { try read("a,b\n\"1,2\n") }
    }

    @Test func refusesAQuoteInsideAnUnquotedField() {
        #expect(throws: ImportError.self) { try read("a,b\nab\"c,2\n") }
    }

    @Test func blankLinesAreNotRows() throws {
        #expect(try read("a,b\n\n1,2\n\n").rows.count == 1)
    }
}
