import CuentasCore
import Testing

/// Text is made one thing at the edge, before any rule or the database sees it: composed (NFC), without invisible or
/// direction characters, counted in code points as SQLite counts them, shown in messages without raw control bytes.
@Suite struct TextEdgeTests {
    @Test func decomposedLettersAreStoredComposed() throws {
        let decomposed = "Constructora Pe\u{0301}rez"
        let stored = try TextLimits.validated(decomposed, field: "payee", maximumCharacters: 200)
        #expect(Array(stored.unicodeScalars) == Array("Constructora Pérez".unicodeScalars))
    }

    @Test(arguments: ["\u{202E}anitsoC", "SPEI\u{200B}0042", "\u{FEFF}Club", "A\u{2066}B\u{2069}", "x\u{200F}"])
    func invisibleAndDirectionCharactersAreRefused(text: String) {
        #expect(throws: InputError.self) { try TextLimits.validated(text, field: "payee", maximumCharacters: 200) }
        let error = try? #require(throws: InputError.self) { try TextLimits.validated(text, field: "payee", maximumCharacters: 200) }
        #expect(error?.expected == .textWithoutInvisibleCharacters)
        #expect(error?.explanation(in: .english).unicodeScalars.contains { TextLimits.shown(String($0)) != String($0) } == false)
    }

    /// 150 family emoji are 150 characters to Swift and 1,050 code points to SQLite's `length`: the limit counts code
    /// points, as the schema does, so the program refuses what the database would, with a message.
    @Test func lengthsCountCodePointsAsTheDatabaseDoes() throws {
        let family = String(repeating: "👨‍👩‍👧", count: 150)
        #expect(family.count == 150)
        #expect(throws: InputError.self) { try TextLimits.validated(family, field: "name", maximumCharacters: 200) }
        let letters = String(repeating: "e\u{0301}", count: 150)
        #expect(try TextLimits.validated(letters, field: "name", maximumCharacters: 200).unicodeScalars.count == 150)
    }

    @Test func otherSpacesBecomePlainSpaces() throws {
        #expect(try TextLimits.validated("SPEI\u{00A0}0042", field: "reference", maximumCharacters: 100) == "SPEI 0042")
    }

    @Test func messagesNeverEchoControlCharacters() {
        let error = InputError(field: "payee", value: "\u{1B}[2Jborrado", expected: .textWithoutControlCharacters)
        #expect(error.explanation(in: .english) == "payee: \"<U+001B>[2Jborrado\" is not valid; expected text without control characters")
    }

    @Test func referencesCompareWithoutCaseSpacesOrCompositionDifferences() {
        #expect(Remittance.referenceKey("spei 0042") == Remittance.referenceKey("SPEI0042"))
        #expect(Remittance.referenceKey("PAGO-E\u{0301}") == Remittance.referenceKey("PAGO-É"))
        #expect(Remittance.referenceKey("SPEI-1") != Remittance.referenceKey("SPEI-2"))
    }
}
