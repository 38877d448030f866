import CuentasCore
import Testing

private typealias F = LedgerFixture

/// Figures that individually stay within the range a ledger keeps, but whose sums across projects do not, and
/// remittances typed wrong: none of them may stop the program (they did: `Precondition failed: amount out of range`).
@Suite struct HostileFiguresTests {
    /// Two projects of one municipality, each pledged the largest figure the ledger keeps by the federal government.
    private func twoProjectsAtTheLimit() throws -> LedgerState {
        var catalogue = F.catalogue
        let second: Folio = F.id("P-2")
        catalogue.projects[second] = F.project(second, clubs: [F.club])
        var state = LedgerState(catalogue: catalogue)
        for folio in [F.folio, second] {
            for body: MovementBody in [
                .status(
                    StatusChange(
                        folio: folio, status: .approved, sessionDate: F.date("2024-02-01"), minutesReference: "ACTA",
                        handOverReference: nil, reason: nil)),
                .pledge(Pledge(folio: folio, partyID: F.federal, amount: F.pesos(Money.maximumMinorUnits), schemeID: nil, capBound: false)),
            ] {
                try state.record(
                    Movement(id: state.nextMovementID, occurredOn: F.date("2024-02-01"), recordedBy: "t", note: "", body: body))
            }
        }
        return state
    }

    @Test func aMunicipalityTotalBeyondOneFigureIsShownWhole() throws {
        let state = try twoProjectsAtTheLimit()
        let figures = MunicipalityFigures(
            municipality: state.catalogue.governments[F.municipality]!, state: state, asOf: F.date("2024-08-01"))
        let federal = try #require(figures.roleTotals.first { $0.role == .federal })
        #expect(federal.committed.minorUnits == 2 * Int128(Money.maximumMinorUnits))
        #expect(federal.committed.money == nil)
        #expect(MoneyFormatter.format(federal.committed, in: .english) == "MX$2,000,000,000,000.00")
        #expect(MoneyFormatter.format(federal.committed, in: .spanish) == "$2,000,000,000,000.00 MXN")
        #expect(federal.committed.decimalText == "2000000000000.00")
        #expect(federal.outstanding.isPositive)
    }

    @Test func aTotalOfTheLargestFiguresCannotOverflow() {
        let largest = Money(minorUnits: Money.maximumMinorUnits, currency: .mexicanPeso)
        var total = MoneyTotal(.mexicanPeso)
        for _ in 0..<100_000 { total.add(largest) }
        total.add(-largest)
        #expect(total.decimalText == "99999000000000000.00")
        #expect(MoneyTotal(summing: [largest, -largest], currency: .mexicanPeso).money == Money.zero(.mexicanPeso))
    }

    @Test func aConversionBeyondTheRangeIsNilNotATrap() throws {
        let rate = try ExchangeRate(parsing: "9999999", field: "rate")
        #expect(rate.convert(Money(minorUnits: 1_000_000_000_00, currency: .usDollar), to: .mexicanPeso) == nil)
        #expect(rate.convert(Money(minorUnits: 100, currency: .usDollar), to: .mexicanPeso) == F.pesos(9_999_999_00))
    }

    /// A ledger recorded before the plausibility checks may hold a market rate typed with extra digits: its margin is
    /// left unmeasured instead of stopping every page of the club.
    @Test func anAbsurdMarketRateAlreadyRecordedLeavesTheMarginUnmeasured() throws {
        let remittance = Remittance(
            sent: F.dollars(200_000_00), fee: F.dollars(0), exchangeRate: try ExchangeRate(parsing: "17", field: "r"), rateSource: "x",
            marketRate: try ExchangeRate(parsing: "9999999", field: "m"), received: F.pesos(1_700_00), reference: "T1")
        #expect(remittance.exchangeCost == nil)
        #expect(RemittanceCost.basisPoints(Int128(Int64.max) * 4, of: 1) == Int64.max)
    }

    @Test func remittancesTypedWrongAreRefusedWithTheRangeExpected() throws {
        func remittance(sent: Int64, rate: String, market: String?, received: Int64) throws -> Remittance {
            Remittance(
                sent: F.dollars(sent), fee: F.dollars(0), exchangeRate: try ExchangeRate(parsing: rate, field: "r"), rateSource: "bank",
                marketRate: try market.map { try ExchangeRate(parsing: $0, field: "m") }, received: F.pesos(received), reference: "R")
        }
        // 1,000.00 at 17 is 17,000.00.
        #expect(
            RemittancePlausibility.problem(with: try remittance(sent: 1_000_00, rate: "17", market: "17.4", received: 17_000_00)) == nil)
        #expect(RemittancePlausibility.problem(with: try remittance(sent: 1_000_00, rate: "17", market: nil, received: 15_000_00)) == nil)
        #expect(
            RemittancePlausibility.problem(with: try remittance(sent: 1_000_00, rate: "17", market: nil, received: 1_700_000_00))
                == .received(low: F.pesos(13_600_00), high: F.pesos(17_171_00)))
        #expect(
            RemittancePlausibility.problem(with: try remittance(sent: 1_000_00, rate: "17", market: "9999999", received: 17_000_00))
                == .marketRate(low: ExchangeRate(millionths: 13_600_000), high: ExchangeRate(millionths: 21_250_000)))
        #expect(
            RemittancePlausibility.problem(with: try remittance(sent: 1_000_000_000_00, rate: "9999999", market: nil, received: 1_00))
                == .convertedOutOfRange)
        let error = RemittancePlausibility.inputError(
            .marketRate(low: ExchangeRate(millionths: 13_600_000), high: ExchangeRate(millionths: 21_250_000)),
            of: try remittance(sent: 1_000_00, rate: "17", market: "9999999", received: 17_000_00),
            received: "received_amount", rate: "exchange_rate", marketRate: "market_rate")
        #expect(
            error.explanation(in: .english)
                == "market_rate: \"9999999.00\" is not valid; expected a market rate between 13.60 and 21.25, near the rate the bank applied"
        )
    }

    /// A replay handed movements out of order (a damaged index) reports them instead of stopping.
    @Test func movementsOutOfOrderAreReportedNotReplayed() {
        let approval = MovementBody.status(
            StatusChange(
                folio: F.folio, status: .approved, sessionDate: F.date("2024-02-01"), minutesReference: "ACTA", handOverReference: nil,
                reason: nil))
        let movements = [
            Movement(id: 2, occurredOn: F.date("2024-02-01"), recordedBy: "t", note: "", body: approval),
            Movement(id: 1, occurredOn: F.date("2024-02-01"), recordedBy: "t", note: "", body: F.pledge(F.federal, 100)),
        ]
        let check = LedgerCheck(catalogue: F.catalogue, movements: movements)
        #expect(check.violations.map(\.movementID) == [1])
        #expect(check.violations.first?.explanation(in: .english).contains("came after movement #2: the file is damaged") == true)
    }

    @Test func aStoredIdentifierIsCheckedNotTrusted() {
        #expect(Folio(stored: "3X1-2024-001")?.text == "3X1-2024-001")
        for bad in ["", "..", ".hidden", String(repeating: "A", count: 41), "A/B", "É", "A B"] {
            #expect(Folio(stored: bad) == nil, "\(bad)")
        }
    }
}
