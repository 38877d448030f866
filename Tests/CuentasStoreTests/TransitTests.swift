import CuentasCore
import CuentasStatements
import CuentasStore
import CuentasTables
import CuentasTestSupport
import Foundation
import Testing

/// Money sent is confirmed on arrival by the other side: the club's fund is debited at the sending, the project is
/// credited only when the executing agency records the arrival, and what became of every sending is shown.
@Suite struct TransitTests {
    typealias F = StoreFixture
    static let club: PartyID = F.id("CLUB")
    static func dollars(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .usDollar) }

    /// The fixture's project in execution and its club's fund holding USD 20,000.00.
    static func setUpFunded(_ fixture: F) throws {
        try fixture.approve()
        try fixture.store.record([
            fixture.draft(.status(StatusChange(folio: F.folio, status: .inExecution))),
            fixture.draft(.donation(Donation(clubID: club, amount: dollars(20_000_00), source: .event("Kermés")))),
        ])
    }

    /// USD 10,000.00 plus USD 20.00 of fee at a quoted 17.50: MXN 175,000.00 should arrive.
    static func sending(reference: String = "MTCN-1", sent: Int64 = 10_000_00) -> MovementBody {
        .sending(
            Sending(
                clubID: club, folio: F.folio, sent: dollars(sent), fee: dollars(20_00), quotedRate: ExchangeRate(millionths: 17_500_000),
                rateSource: "Cotización del proveedor", marketRate: ExchangeRate(millionths: 17_800_000), provider: "Remesas Uno",
                reference: reference))
    }

    static func arrival(of sendingID: MovementID, received: Int64, reference: String = "EDO-CTA-1", sent: Int64 = 10_000_00) -> MovementBody
    {
        .arrival(
            Arrival(
                sendingID: sendingID, clubID: club, folio: F.folio, sent: dollars(sent), received: F.pesos(received), reference: reference))
    }

    /// The rule that refused recording `body`, nil when it was recorded.
    static func refusal(_ fixture: F, _ body: MovementBody, on day: String) -> LedgerViolation.Rule? {
        do {
            try fixture.store.record(fixture.draft(body, on: day))
            return nil
        } catch {
            if case .violation(let violation) = error as? StoreError { return violation.rule }
            Issue.record("refused for another reason: \(error)")
            return nil
        }
    }

    static func fund(_ fixture: F) throws -> ClubFund { try #require(try fixture.check().state.clubFunds[club]) }
    static func received(_ fixture: F) throws -> Int64 { try fixture.check().state.balance(.received(F.folio, club)) }

    @Test(arguments: TestedStore.all) func theFundIsDebitedAtTheSendingAndTheProjectCreditedOnlyAtArrival(
        store kind: TestedStore
    ) async throws {
        try await F.on(kind) { fixture in
            try Self.setUpFunded(fixture)
            let sending = try fixture.store.record(fixture.draft(Self.sending(), on: "2024-03-02"))
            var fund = try Self.fund(fixture)
            #expect(fund.balance == Self.dollars(9_980_00))
            #expect(fund.inTransitMinorUnits == 10_000_00)
            #expect(try Self.received(fixture) == 0)
            #expect(try fixture.check().passed)

            try fixture.store.record(fixture.draft(Self.arrival(of: sending.id, received: 175_000_00), on: "2024-03-05"))
            fund = try Self.fund(fixture)
            #expect(fund.balance == Self.dollars(9_980_00))
            #expect(fund.inTransitMinorUnits == 0)
            #expect(try Self.received(fixture) == 175_000_00)
            let check = try fixture.check()
            #expect(check.passed)
            #expect(check.state.balance(.onHand(F.folio)) == 175_000_00)
        }
    }

    @Test(arguments: TestedStore.all) func anArrivalShortBeyondTheToleranceIsFlaggedWithItsFigures(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try Self.setUpFunded(fixture)
            // USD 5,000.00 each at 17.50: MXN 87,500.00 expected.
            let short = try fixture.store.record(fixture.draft(Self.sending(sent: 5_000_00), on: "2024-03-02"))
            let close = try fixture.store.record(fixture.draft(Self.sending(reference: "MTCN-2", sent: 5_000_00), on: "2024-03-02"))
            try fixture.store.record([
                fixture.draft(Self.arrival(of: short.id, received: 85_000_00, sent: 5_000_00), on: "2024-03-06"),
                fixture.draft(Self.arrival(of: close.id, received: 87_000_00, reference: "EDO-CTA-2", sent: 5_000_00), on: "2024-03-06"),
            ])
            let statement = try #require(ProjectStatement(folio: F.folio, state: try fixture.check().state, asOf: F.date("2024-03-10")))
            let flagged = statement.shortArrivals
            #expect(flagged.count == 1)
            let shortfall = try #require(flagged.first?.shortfall)
            #expect(shortfall.expected == F.pesos(87_500_00))
            #expect(shortfall.missing == F.pesos(2_500_00))
            #expect(shortfall.basisPoints == 285)
            #expect(flagged.first?.sentOn == F.date("2024-03-02"))
            #expect(flagged.first?.provider == "Remesas Uno")
            // Recorded as it arrived, not refused: the project holds both.
            #expect(statement.totals.received == F.pesos(172_000_00))
        }
    }

    @Test(arguments: TestedStore.all) func aSendingNotConfirmedAfterTenDaysIsFlagged(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try Self.setUpFunded(fixture)
            try fixture.store.record(fixture.draft(Self.sending(), on: "2024-03-01"))
            let state = try fixture.check().state
            let onDayTen = try #require(ProjectStatement(folio: F.folio, state: state, asOf: F.date("2024-03-11")))
            #expect(onDayTen.sendings.map(\.outcome) == [.inTransit(days: 10, isUnconfirmed: false)])
            #expect(onDayTen.inTransit == [Self.dollars(10_000_00)])
            let onDayEleven = try #require(ProjectStatement(folio: F.folio, state: state, asOf: F.date("2024-03-12")))
            #expect(onDayEleven.unconfirmedSendings.count == 1)
            let stricter = try #require(
                ProjectStatement(
                    folio: F.folio, state: state, asOf: F.date("2024-03-05"), transitRule: TransitRule(unconfirmedAfterDays: 3)))
            #expect(stricter.unconfirmedSendings.count == 1)
            let club = try #require(ClubStatement(clubID: Self.club, state: state, asOf: F.date("2024-03-12")))
            #expect(club.sendings.filter(\.isUnconfirmed).count == 1)
        }
    }

    @Test(arguments: TestedStore.all) func aReturnedSendingCreditsTheFundBackButTheFee(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try Self.setUpFunded(fixture)
            let sending = try fixture.store.record(fixture.draft(Self.sending(), on: "2024-03-02"))
            try fixture.store.record(
                fixture.draft(
                    .returned(
                        SendingReturn(
                            sendingID: sending.id, clubID: Self.club, folio: F.folio, sent: Self.dollars(10_000_00),
                            reason: "cuenta destino cerrada")), on: "2024-03-09"))
            let fund = try Self.fund(fixture)
            #expect(fund.balance == Self.dollars(19_980_00))
            #expect(fund.inTransitMinorUnits == 0)
            #expect(try fixture.check().passed)
            // Settled once: it cannot arrive after it came back.
            #expect(
                Self.refusal(fixture, Self.arrival(of: sending.id, received: 175_000_00), on: "2024-03-10")
                    == .sendingAlreadySettled(sending.id, by: sending.id + 1))
        }
    }

    @Test(arguments: TestedStore.all) func anArrivalThatMatchesNoSendingIsRefused(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try Self.setUpFunded(fixture)
            let donation: MovementID = 7
            func refused(_ body: MovementBody, _ rule: LedgerViolation.Rule) {
                #expect(Self.refusal(fixture, body, on: "2024-03-10") == rule)
            }
            refused(Self.arrival(of: 99, received: 175_000_00), .unknownSending(99))
            refused(Self.arrival(of: donation, received: 175_000_00), .notASending(donation, .donation))
            let sending = try fixture.store.record(fixture.draft(Self.sending(), on: "2024-03-02"))
            refused(Self.arrival(of: sending.id, received: 175_000_00, sent: 9_000_00), .settlementDiffersFromSending(sending.id))
            #expect(
                Self.refusal(fixture, Self.arrival(of: sending.id, received: 175_000_00), on: "2024-03-01")
                    == .settlementBeforeSending(sending.id, sentOn: F.date("2024-03-02")))
            let arrival = try fixture.store.record(fixture.draft(Self.arrival(of: sending.id, received: 175_000_00), on: "2024-03-05"))
            refused(
                Self.arrival(of: sending.id, received: 175_000_00, reference: "OTRA"), .sendingAlreadySettled(sending.id, by: arrival.id))
            // The sending cannot be undone under its arrival; the arrival can, and the money is in transit again.
            refused(.reversal(Reversal(movementID: sending.id, reason: "x")), .sendingAlreadySettled(sending.id, by: arrival.id))
            try fixture.store.record(fixture.draft(.reversal(Reversal(movementID: arrival.id, reason: "otro envío")), on: "2024-03-06"))
            #expect(try Self.fund(fixture).inTransitMinorUnits == 10_000_00)
            #expect(try Self.received(fixture) == 0)
            try fixture.store.record(
                fixture.draft(Self.arrival(of: sending.id, received: 175_000_00, reference: "EDO-CTA-9"), on: "2024-03-07"))
            #expect(try fixture.check().passed)
            #expect(try Self.received(fixture) == 175_000_00)
        }
    }

    @Test(arguments: TestedStore.all) func eachSideRecordsOnlyItsOwnPart(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try Self.setUpFunded(fixture)
            let catalogue = try fixture.store.catalogue()
            let treasurer = try UserAccount(name: "t", role: .treasurer, clubID: Self.club, municipalityID: nil)
            let official = try UserAccount(name: "o", role: .official, clubID: nil, municipalityID: F.id("MUN"))
            let otherOfficial = try UserAccount(name: "p", role: .official, clubID: nil, municipalityID: F.id("ZAC"))
            let arrival = Self.arrival(of: 7, received: 1_00)
            let returned = MovementBody.returned(
                SendingReturn(sendingID: 7, clubID: Self.club, folio: F.folio, sent: Self.dollars(1_00), reason: "x"))
            #expect(AccessRule.mayRecord(Self.sending(), by: treasurer, catalogue: catalogue))
            #expect(AccessRule.mayRecord(returned, by: treasurer, catalogue: catalogue))
            #expect(!AccessRule.mayRecord(arrival, by: treasurer, catalogue: catalogue))
            #expect(AccessRule.mayRecord(arrival, by: official, catalogue: catalogue))
            #expect(!AccessRule.mayRecord(arrival, by: otherOfficial, catalogue: catalogue))
            #expect(!AccessRule.mayRecord(Self.sending(), by: official, catalogue: catalogue))
            #expect(!AccessRule.mayRecord(returned, by: official, catalogue: catalogue))
        }
    }
}
