import CuentasCore
import CuentasTestSupport
import Testing

@Suite struct MoneyTests {
    let peso = CurrencyCode.mexicanPeso
    let dollar = CurrencyCode.usDollar

    @Test func addingTheSameCurrencyIsExact() throws {
        let sum = try Money(minorUnits: 10, currency: peso).adding(Money(minorUnits: 20, currency: peso))
        #expect(sum == Money(minorUnits: 30, currency: peso))
    }

    @Test func addingDifferentCurrenciesIsRefused() {
        #expect(throws: CurrencyMismatch(left: peso, right: dollar)) {
            try Money(minorUnits: 10, currency: peso).adding(Money(minorUnits: 20, currency: dollar))
        }
    }

    @Test func unknownCurrencyCodesAreRefused() throws {
        #expect(throws: InputError.self) { try CurrencyCode("MNX") }
        #expect(throws: InputError.self) { try CurrencyCode("") }
        #expect(try CurrencyCode("usd") == dollar)
    }

    @Test(arguments: [
        (123_456_789 as Int64, Language.spanish, "$1,234,567.89 MXN"),
        (123_456_789, .english, "MX$1,234,567.89"),
        (5, .spanish, "$0.05 MXN"),
        (-150_000, .english, "-MX$1,500.00"),
        (100, .english, "MX$1.00"),
    ])
    func formatsPerLanguage(minorUnits: Int64, language: Language, expected: String) {
        #expect(MoneyFormatter.format(Money(minorUnits: minorUnits, currency: peso), in: language) == expected)
    }

    @Test(arguments: [
        (0 as Int64, "MX$0.00"), (99_999, "MX$999.99"), (100_000, "MX$1,000.00"), (99_999_999, "MX$999,999.99"),
        (100_000_000, "MX$1,000,000.00"), (Money.maximumMinorUnits, "MX$1,000,000,000,000.00"),
        (-Money.maximumMinorUnits, "-MX$1,000,000,000,000.00"),
    ])
    func groupsThousandsAtTheirBoundaries(minorUnits: Int64, expected: String) {
        #expect(MoneyFormatter.format(Money(minorUnits: minorUnits, currency: peso), in: .english) == expected)
    }

    /// Against a plain reference: the major part grouped by threes from the right, then the minor digits.
    @Test func groupsLikeAPlainReferenceForManyAmountsAndCurrencies() throws {
        var generator = SeededGenerator(seed: 2026)
        for code in ["MXN", "JPY", "USD"] {
            let currency = try CurrencyCode(code)
            var perMajor: Int64 = 1
            for _ in 0..<currency.minorDigits { perMajor *= 10 }
            for digits in 1...14 {
                var limit: Int64 = 1
                for _ in 0..<digits { limit *= 10 }
                for minorUnits in (0..<20).map({ _ in Int64.random(in: 0..<limit, using: &generator) }) {
                    let major = String(minorUnits / perMajor)
                    var grouped = ""
                    for (index, character) in major.reversed().enumerated() {
                        if index > 0 && index % 3 == 0 { grouped = "," + grouped }
                        grouped = String(character) + grouped
                    }
                    let minor = String(minorUnits % perMajor)
                    let expected =
                        currency.minorDigits == 0
                        ? grouped : grouped + "." + String(repeating: "0", count: currency.minorDigits - minor.count) + minor
                    #expect(
                        MoneyFormatter.format(Money(minorUnits: minorUnits, currency: currency), in: .spanish) == "$\(expected) \(code)")
                }
            }
        }
    }

    @Test func dollarsAreNamedInBothLanguages() {
        let amount = Money(minorUnits: 2_500_00, currency: dollar)
        #expect(MoneyFormatter.format(amount, in: .spanish) == "$2,500.00 USD")
        #expect(MoneyFormatter.format(amount, in: .english) == "US$2,500.00")
    }

    @Test func decimalTextHasNoGrouping() {
        #expect(Money(minorUnits: 123_456_789, currency: peso).decimalText == "1234567.89")
        #expect(Money(minorUnits: -7, currency: peso).decimalText == "-0.07")
        #expect(Money(minorUnits: 1500, currency: try! CurrencyCode("JPY")).decimalText == "1500")
    }

    @Test func percentagesFollowTheLanguage() {
        #expect(MoneyFormatter.percent(basisPoints: 4_525, in: .spanish) == "45.25 %")
        #expect(MoneyFormatter.percent(basisPoints: 4_500, in: .english) == "45%")
        #expect(MoneyFormatter.percent(basisPoints: 7, in: .english) == "0.07%")
    }
}
