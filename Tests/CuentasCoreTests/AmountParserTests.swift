import CuentasCore
import Testing

@Suite struct AmountParserTests {
    let peso = CurrencyCode.mexicanPeso

    @Test(arguments: [
        ("1234.50", NumberStyle.dotDecimal, 123_450 as Int64),
        ("1,234.50", .dotDecimal, 123_450),
        ("1,234,567", .dotDecimal, 123_456_700),
        ("$1,234.5", .dotDecimal, 123_450),
        (" 0.01 ", .dotDecimal, 1),
        ("1.234,50", .commaDecimal, 123_450),
        ("1234,5", .commaDecimal, 123_450),
        ("1.234.567", .commaDecimal, 123_456_700),
        ("0", .dotDecimal, 0),
    ])
    func parsesWhatPeopleWrite(text: String, style: NumberStyle, minorUnits: Int64) throws {
        #expect(try AmountParser.minorUnits(text, currency: peso, style: style) == minorUnits)
    }

    @Test(arguments: [
        ("1.234,50", NumberStyle.dotDecimal, AmountParseError.Reason.otherStyle),
        ("1,234.50", .commaDecimal, .otherStyle),
        ("1,5", .dotDecimal, .otherStyle),
        ("1,23.5", .dotDecimal, .badGrouping),
        ("12,34,567", .dotDecimal, .badGrouping),
        ("1.234", .dotDecimal, .tooManyDecimals),
        ("10.005", .dotDecimal, .tooManyDecimals),
        ("-5.00", .dotDecimal, .signed),
        ("+5", .dotDecimal, .signed),
        ("", .dotDecimal, .empty),
        ("abc", .dotDecimal, .notANumber),
        ("5.", .dotDecimal, .notANumber),
        ("1e5", .dotDecimal, .notANumber),
        ("99999999999999999", .dotDecimal, .tooLarge),
        ("10000000000.01", .dotDecimal, .tooLarge),
    ])
    func refusesAmbiguousOrMalformedText(text: String, style: NumberStyle, reason: AmountParseError.Reason) {
        #expect(throws: AmountParseError(text: text, reason: reason)) {
            try AmountParser.minorUnits(text, currency: peso, style: style)
        }
    }

    @Test func aCurrencyWithoutMinorUnitsTakesNoDecimals() throws {
        let yen = try CurrencyCode("JPY")
        #expect(try AmountParser.minorUnits("1,500", currency: yen, style: .dotDecimal) == 1500)
        #expect(throws: AmountParseError(text: "1500.5", reason: .tooManyDecimals)) {
            try AmountParser.minorUnits("1500.5", currency: yen, style: .dotDecimal)
        }
    }

    @Test func positiveMoneyRefusesZeroAndNamesTheField() {
        do {
            _ = try AmountParser.positiveMoney("0.00", currency: peso, style: .dotDecimal, field: "--amount")
            Issue.record("zero was accepted")
        } catch {
            #expect(error.field == "--amount")
            #expect(error.expected == .positiveAmount)
            #expect(error.explanation(in: .english).contains("greater than zero"))
            #expect(error.explanation(in: .spanish).contains("mayor que cero"))
        }
    }

    @Test func theMessageSaysWhichStyleWasExpected() {
        do {
            _ = try AmountParser.positiveMoney("1.234,50", currency: peso, style: .dotDecimal, field: "amount")
        } catch {
            let message = error.explanation(in: .english)
            #expect(message.contains("\"1.234,50\""))
            #expect(message.contains("1,234.50"))
            // The domain names no command-line option: the web form shows this message too.
            #expect(message.contains("decimal comma, like 1.234,50; write the cents after a point"))
            #expect(!message.contains("--"))
        }
    }
}
