import CuentasCore
import CuentasStatements
import CuentasTestSupport
import Testing

@Suite struct ProjectStatementTests {
    let state = StatementFixture.state()
    var statement: ProjectStatement { ProjectStatement(folio: StatementFixture.folio, state: state, asOf: StatementFixture.asOf)! }

    @Test func moneyInTheStatementEqualsTheLedgerToTheCentavo() {
        let figures = ProjectFigures(
            account: state.projects[StatementFixture.folio]!, catalogue: state.catalogue, asOf: StatementFixture.asOf)
        #expect(statement.totals.received == figures.totalReceived)
        #expect(statement.totals.paid == figures.totalPaid)
        #expect(statement.totals.balanceOnHand == figures.balanceOnHand)
        let liveArrivals = statement.arrivals.filter { $0.reversal == nil }.reduce(Money.zero(.mexicanPeso)) { $0 + $1.received }
        #expect(liveArrivals == statement.totals.received)
        #expect(statement.totals.received.minorUnits == 300_200_00)
        let livePayments = statement.uses.flatMap(\.payments).filter { $0.reversal == nil }.reduce(Money.zero(.mexicanPeso)) {
            $0 + $1.amount
        }
        #expect(livePayments == statement.totals.paid)
        for use in statement.uses {
            #expect(use.payments.filter { $0.reversal == nil }.reduce(Money.zero(.mexicanPeso)) { $0 + $1.amount } == use.paid)
            #expect(use.budgeted - use.paid == use.remaining)
        }
        #expect(statement.totals.received - statement.totals.paid - statement.totalRefunded == statement.totals.balanceOnHand)
        #expect(statement.sources.reduce(Money.zero(.mexicanPeso)) { $0 + $1.committed } == statement.totals.committed)
    }

    @Test func aLateGovernmentIsFlaggedAndTheClubIsNot() throws {
        let stateSource = try #require(statement.sources.first { $0.role == .state })
        #expect(stateSource.isLate)
        #expect(stateSource.daysOutstanding == 515)
        #expect(stateSource.outstanding.minorUnits == 100_000_00)
        #expect(statement.sources.filter(\.isLate).count == 1)
    }

    @Test func correctionsStayVisible() throws {
        let reversed = try #require(statement.arrivals.first { $0.reversal != nil })
        #expect(reversed.received.minorUnits == 10_000_00)
        #expect(reversed.reversal?.reason == "Importe equivocado")
        #expect(statement.corrections.count == 1)
        #expect(statement.corrections.first?.reversedKind == .deposit)
        #expect(statement.corrections.first?.reversedAmount?.minorUnits == 10_000_00)
    }

    @Test func moneyFromAbroadShowsItsCost() throws {
        let transfer = try #require(statement.arrivals.first { $0.fromClubFund })
        #expect(transfer.isFromAbroad)
        #expect(transfer.sent == Money(minorUnits: 6_000_00, currency: .usDollar))
        #expect(transfer.fee == Money(minorUnits: 30_00, currency: .usDollar))
        // 6,000 USD at 17.30 would be 103,800 MXN; 100,200 arrived: 3,600 MXN lost = 208.09 USD.
        #expect(transfer.exchangeCost == Money(minorUnits: 208_09, currency: .usDollar))
    }

    @Test func progressAndDivergence() {
        #expect(statement.totals.physicalProgressPercent == 85)
        #expect(statement.totals.financialProgressBasisPoints == 4_750)
        #expect(statement.totals.progressDiverges)
        #expect(statement.statusHistory.map(\.status) == [.proposed, .approved, .inExecution])
        #expect(statement.schemeID?.text == "3x1-classic")
    }

    @Test func scholarshipStatementsNeverNameThePayee() {
        let scholarships = StatementFixture.state(kind: .scholarship)
        let statement = ProjectStatement(folio: StatementFixture.folio, state: scholarships, asOf: StatementFixture.asOf)!
        let payments = statement.uses.flatMap(\.payments)
        #expect(!payments.isEmpty)
        #expect(payments.allSatisfy { $0.payee == ProjectStatement.scholarshipPayee && $0.payeeTaxID == nil && $0.invoiceUUID == nil })
    }
}

@Suite struct ClubAndMunicipalityStatementTests {
    let state = StatementFixture.state()

    @Test func theClubStatementShowsFundTransfersAndTheirCost() throws {
        let prices = CorridorPrice.parse(
            csv:
                "sending_code,sending_name,receiving_code,receiving_name,quarter,avg_total_cost_pct\nUSA,United States,MEX,Mexico,2020Q2,4.21964263916016\nUSA,United States,MEX,Mexico,2020Q3,4.18037033081055\nCAN,Canada,MEX,Mexico,2020Q3,9.9\n"
        )
        let statement = try #require(
            ClubStatement(clubID: StatementFixture.club, state: state, asOf: StatementFixture.asOf, corridorPrices: prices))
        #expect(statement.fundBalance == Money(minorUnits: 1_120_00, currency: .usDollar))
        #expect(statement.eventIncome == Money(minorUnits: 7_000_00, currency: .usDollar))
        #expect(statement.memberDonationCount == 1)
        #expect(statement.transfers.count == 1)
        // (30.00 + 208.09) / 6,000.00 = 3.96 %.
        #expect(statement.transfers.first?.costBasisPoints == 396)
        #expect(statement.totalCostBasisPoints == 396)
        #expect(statement.corridor?.quarter == "2020Q3")
        #expect(statement.corridor?.averageCostBasisPoints == 418)
        #expect(statement.tomaDeNotaIsCurrent)
    }

    @Test func theMunicipalityStatementNamesWhoOwesAndSinceWhen() throws {
        let statement = try #require(
            MunicipalityStatement(municipalityID: StatementFixture.municipality, state: state, asOf: StatementFixture.asOf))
        #expect(statement.arrears.map(\.role) == [.state])
        #expect(statement.arrears.first?.since == StatementFixture.date("2024-02-01"))
        #expect(statement.arrears.first?.folios == [StatementFixture.folio])
        #expect(statement.arrears.first?.government?.name == "Gobierno de Zacatecas")
        #expect(statement.divergentProjects.map(\.folio) == [StatementFixture.folio])
        #expect(statement.totalReceived.minorUnits == 300_200_00)
        #expect(MunicipalityStatement(municipalityID: Identifier(trusted: "ZAC"), state: state, asOf: StatementFixture.asOf) == nil)
    }

    @Test func theIndexGroupsEveryProject() {
        let index = PortfolioIndex(state: state, asOf: StatementFixture.asOf)
        #expect(index.projects.map(\.folio) == [StatementFixture.folio])
        #expect(index.kinds.map(\.key) == [.infrastructure])
        #expect(index.statuses.map(\.key) == [.inExecution])
        #expect(index.municipalities.map(\.key.id) == [StatementFixture.municipality])
        #expect(index.totalOutstanding.minorUnits == 100_000_00)
    }
}
