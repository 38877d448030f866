import CuentasCore
import Testing

@Suite struct ExchangeRateTests {
    @Test func convertsExactlyWithHalfUpRounding() throws {
        let rate = try ExchangeRate(parsing: "17.0512", field: "rate")
        let sent = Money(minorUnits: 1_000_00, currency: .usDollar)
        #expect(rate.convert(sent, to: .mexicanPeso) == Money(minorUnits: 17_051_20, currency: .mexicanPeso))
        // 0.01 USD at 17.0512 = 0.170512 MXN, rounds to 0.17.
        #expect(rate.convert(Money(minorUnits: 1, currency: .usDollar), to: .mexicanPeso)?.minorUnits == 17)
        // 0.03 USD at 16.5 = 0.495, rounds half up to 0.50.
        let half = try ExchangeRate(parsing: "16.5", field: "rate")
        #expect(half.convert(Money(minorUnits: 3, currency: .usDollar), to: .mexicanPeso)?.minorUnits == 50)
    }

    @Test(arguments: ["0", "-1", "17.1234567", "abc", "", "17,05", "18."])
    func refusesBadRates(text: String) {
        #expect(throws: InputError.self) { try ExchangeRate(parsing: text, field: "rate") }
    }

    @Test func theExchangeMarginIsMeasuredAgainstTheMarketRate() throws {
        let remittance = Remittance(
            sent: Money(minorUnits: 1_000_00, currency: .usDollar), fee: Money(minorUnits: 10_00, currency: .usDollar),
            exchangeRate: try ExchangeRate(parsing: "17.00", field: "r"), rateSource: "bank",
            marketRate: try ExchangeRate(parsing: "17.50", field: "r"),
            received: Money(minorUnits: 17_000_00, currency: .mexicanPeso), reference: "R1")
        // At market 1,000 USD = 17,500 MXN; 500 MXN were lost, which is 28.57 USD at 17.50.
        #expect(remittance.exchangeCost == Money(minorUnits: 28_57, currency: .usDollar))
    }
}
