import CuentasCore
import Testing

@Suite struct FiguresTests {
    typealias F = LedgerFixture

    @Test func projectFiguresShowWhoOwesWhatAndSinceWhen() throws {
        var fixture = try F.funded()
        try fixture.record(F.payment(line: 1, 150_000_00))
        try fixture.record(.progress(ProgressReport(folio: F.folio, physicalPercent: 60)), on: "2024-07-01")
        try fixture.record(.progress(ProgressReport(folio: F.folio, physicalPercent: 40)), on: "2024-06-01")
        let figures = ProjectFigures(
            account: fixture.state.projects[F.folio]!, catalogue: fixture.state.catalogue, asOf: F.date("2024-05-01"))
        let state = try #require(figures.parties.first { $0.partyID == F.state })
        #expect(state.committed == F.pesos(100_000_00))
        #expect(state.received == F.pesos(0))
        #expect(state.outstanding == F.pesos(100_000_00))
        #expect(state.outstandingSince == F.date("2024-02-01"))
        #expect(state.daysOutstanding == 90)
        let municipal = try #require(figures.parties.first { $0.partyID == F.municipality })
        #expect(municipal.outstanding == F.pesos(0))
        #expect(municipal.daysOutstanding == nil)
        #expect(figures.parties.map(\.role) == [.federal, .state, .municipal])
        #expect(figures.budgetLines.map(\.remaining) == [F.pesos(150_000_00), F.pesos(100_000_00)])
        #expect(figures.balanceOnHand == F.pesos(50_000_00))
        #expect(figures.financialProgressBasisPoints == 3_750)
        // The latest report by date, not the last recorded.
        #expect(figures.physicalProgressPercent == 60)
        #expect(figures.progressGapPercentagePoints == 23)
    }

    /// The "late" rule, said once: a government owing for more than 90 days; 90 days is not yet late.
    @Test func aGovernmentIsLateAfterNinetyDaysOwing() throws {
        let fixture = try F.funded()
        func state(on day: String) throws -> PartyFigures {
            let figures = ProjectFigures(account: fixture.state.projects[F.folio]!, catalogue: fixture.state.catalogue, asOf: F.date(day))
            return try #require(figures.parties.first { $0.partyID == F.state })
        }
        #expect(try state(on: "2024-05-01").daysOutstanding == 90)
        #expect(try !state(on: "2024-05-01").isLate)
        #expect(try state(on: "2024-05-02").isLate)
        #expect(ProjectKind.allCases.filter(\.keepsPayeesPrivate) == [.scholarship])
    }

    @Test func aCancelledProjectOwesNothingMore() throws {
        var fixture = try F.funded()
        try fixture.record(F.status(.cancelled, reason: "no land"))
        let figures = ProjectFigures(
            account: fixture.state.projects[F.folio]!, catalogue: fixture.state.catalogue, asOf: F.date("2025-01-01"))
        #expect(figures.parties.allSatisfy { $0.outstanding.isZero })
    }

    @Test func clubFiguresMeasureWhatSendingMoneyCost() throws {
        var fixture = try F.funded()
        try fixture.record(F.pledge(F.club, 100_000_00))
        try fixture.record(.donation(Donation(clubID: F.club, amount: F.dollars(4_000_00), source: .member(nil))))
        try fixture.record(.donation(Donation(clubID: F.club, amount: F.dollars(2_000_00), source: .event("Kermés"))))
        let remittance = Remittance(
            sent: F.dollars(5_000_00), fee: F.dollars(25_00), exchangeRate: ExchangeRate(millionths: 17_000_000),
            rateSource: "bank", marketRate: ExchangeRate(millionths: 17_500_000), received: F.pesos(85_000_00), reference: "W-1")
        try fixture.record(.transfer(Transfer(clubID: F.club, folio: F.folio, remittance: remittance)))
        let figures = ClubFigures(fund: fixture.state.clubFunds[F.club]!, state: fixture.state, asOf: F.date("2024-12-31"))
        #expect(figures.memberDonations == F.dollars(4_000_00))
        #expect(figures.eventIncome == F.dollars(2_000_00))
        #expect(figures.fundBalance == F.dollars(975_00))
        let cost = try #require(figures.remittances.first)
        #expect(cost.sent.money == F.dollars(5_000_00))
        #expect(cost.fees.money == F.dollars(25_00))
        // 5,000 USD at the market 17.50 = 87,500 MXN; 2,500 MXN were lost = 142.86 USD.
        #expect(cost.exchangeCost.money == F.dollars(142_86))
        #expect(cost.totalCostBasisPoints == 335)
        #expect(figures.projects.first?.committed == F.pesos(100_000_00))
        #expect(figures.projects.first?.shareBasisPoints == 2_500)
    }

    @Test func municipalityFiguresShowArrearsAndDivergence() throws {
        var fixture = try F.funded()
        try fixture.record(F.payment(line: 1, 20_000_00))
        try fixture.record(.progress(ProgressReport(folio: F.folio, physicalPercent: 60)))
        let municipality = fixture.state.catalogue.governments[F.municipality]!
        let figures = MunicipalityFigures(municipality: municipality, state: fixture.state, asOf: F.date("2024-08-01"))
        #expect(figures.projects.map(\.folio) == [F.folio])
        let arrears = figures.governmentArrears
        #expect(arrears.map(\.role) == [.state])
        #expect(arrears.first?.outstanding.money == F.pesos(100_000_00))
        #expect(arrears.first?.daysOutstanding == 182)
        #expect(figures.divergentProjects.map(\.folio) == [F.folio])
        let totals = Dictionary(uniqueKeysWithValues: figures.roleTotals.map { ($0.role, $0.received) })
        #expect(totals[.federal]?.money == F.pesos(100_000_00))
        #expect(totals[.club]?.money == F.pesos(0))
    }

    @Test func aPledgePlanSplitsTheClubShareAmongSponsoringClubs() throws {
        let catalogue = F.catalogue
        let project = catalogue.projects[F.folio]!
        let scheme = try SampleFiles.scheme("3x1-classic")
        let plan = try PledgePlan(project: project, allocation: scheme.allocate(cost: project.approvedCost), catalogue: catalogue)
        #expect(plan.entries.map(\.partyID.text) == ["CLUB-A", "CLUB-EXPIRED", "MX", "ZAC", "MUN-A"])
        #expect(plan.entries.map(\.amount.minorUnits) == [50_000_00, 50_000_00, 100_000_00, 100_000_00, 100_000_00])
    }

    @Test func checkReportsSchemePledgesThatDoNotAddUp() throws {
        var fixture = LedgerFixture()
        try fixture.record(F.status(.approved, minutes: "A", session: "2024-01-01"))
        try fixture.record(
            .pledge(
                Pledge(
                    folio: F.folio, partyID: F.federal, amount: F.pesos(100_000_00), schemeID: LedgerFixture.id("3x1-classic"),
                    capBound: false)))
        let check = LedgerCheck(catalogue: F.catalogue, movements: fixture.state.movements.inOrder)
        #expect(check.violations.map(\.rule) == [.schemePledgesDoNotAddUp(pledged: F.pesos(100_000_00), cost: F.pesos(400_000_00))])
    }
}
