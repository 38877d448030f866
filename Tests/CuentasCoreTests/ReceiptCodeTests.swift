import CuentasCore
import CuentasTestSupport
import Testing

@Suite struct ReceiptCodeTests {
    @Test func aCodeIsTenSymbolsInTwoGroupsAndReadsBack() throws {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<500 {
            let code = ReceiptCode.random(using: &generator)
            #expect(code.compact.count == 10)
            #expect(code.text.count == 11 && code.text.dropFirst(5).first == "-")
            #expect(!code.compact.dropLast().contains { "ILOU".contains($0) })
            #expect(try ReceiptCode(parsing: code.text) == code)
            #expect(try ReceiptCode(parsing: code.compact.lowercased()) == code)
            #expect(try ReceiptCode(parsing: " " + code.compact.prefix(3) + " " + code.compact.dropFirst(3) + " ") == code)
        }
    }

    @Test func everyMistypedCharacterIsCaughtByTheCheckSymbol() throws {
        var generator = SeededGenerator(seed: 11)
        let symbols = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        for _ in 0..<40 {
            let code = ReceiptCode.random(using: &generator)
            let characters = Array(code.compact)
            for position in 0..<9 {
                for symbol in symbols where symbol != characters[position] {
                    var typed = characters
                    typed[position] = symbol
                    #expect(throws: ReceiptCodeError.checkFails(typed: String(typed))) { try ReceiptCode(parsing: String(typed)) }
                }
            }
            // Two neighbours swapped.
            for position in 0..<9 where characters[position] != characters[position + 1] {
                var typed = characters
                typed.swapAt(position, position + 1)
                #expect(throws: (any Error).self) { try ReceiptCode(parsing: String(typed)) }
            }
        }
    }

    @Test func confusableLettersAreReadAsDigits() throws {
        var generator = SeededGenerator(seed: 3)
        var code = ReceiptCode.random(using: &generator)
        while !code.compact.dropLast().contains(where: { $0 == "0" || $0 == "1" }) { code = ReceiptCode.random(using: &generator) }
        let typed = code.compact.map { $0 == "0" ? "O" : $0 == "1" ? "l" : String($0) }.joined()
        #expect(try ReceiptCode(parsing: typed) == code)
    }

    @Test func wrongLengthsAndForeignCharactersAreNamed() {
        #expect(throws: ReceiptCodeError.wrongLength(typed: "7KQ2M-XW4R", count: 9)) { try ReceiptCode(parsing: "7KQ2M-XW4R") }
        #expect(throws: ReceiptCodeError.wrongLength(typed: "", count: 0)) { try ReceiptCode(parsing: "") }
        #expect(throws: ReceiptCodeError.notASymbol(typed: "7KQ2U-XW4R9", character: "U", position: 5)) {
            try ReceiptCode(parsing: "7KQ2U-XW4R9")
        }
        #expect(throws: ReceiptCodeError.notASymbol(typed: "7KQ2M-XW4R!", character: "!", position: 10)) {
            try ReceiptCode(parsing: "7KQ2M-XW4R!")
        }
        let message = ReceiptCodeError.checkFails(typed: "X").message(in: .english)
        #expect(message.contains("mistyped"))
        #expect(ReceiptCodeError.checkFails(typed: "X").message(in: .spanish).contains("mal escrito"))
    }

    @Test func codesDrawnFromTheSystemDiffer() {
        let codes = Set((0..<10_000).map { _ in ReceiptCode.random() })
        #expect(codes.count == 10_000)
    }
}

extension ReceiptCodeTests {
    /// The example printed in messages and help checks.
    @Test func theExampleCodeChecks() throws {
        #expect(try ReceiptCode(parsing: "7KQ2M-XW4RP").text == "7KQ2M-XW4RP")
        #expect(throws: ReceiptCodeError.checkFails(typed: "7KQ2M-XW4R9")) { try ReceiptCode(parsing: "7KQ2M-XW4R9") }
    }
}
