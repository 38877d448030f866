import CuentasCore
import CuentasRender
import CuentasStatements
import CuentasTestSupport
import Foundation
import Testing

/// The portfolio index lists every project while that stays readable on a phone, and only the counts beyond.
@Suite struct PortfolioIndexPageTests {
    static func state(projects count: Int) -> LedgerState {
        var catalogue = StatementFixture.state().catalogue
        let model = catalogue.projects[StatementFixture.folio]!
        for number in 0..<count {
            let folio = Folio(trusted: String(format: "N-%05d", number))
            catalogue.projects[folio] = Project(
                folio: folio, title: model.title, description: model.description, kind: model.kind, municipalityID: model.municipalityID,
                locality: model.locality, sponsorClubIDs: model.sponsorClubIDs, executingAgencyID: model.executingAgencyID,
                approvedCost: model.approvedCost, budgetLines: model.budgetLines, proposedOn: model.proposedOn)
        }
        return LedgerState(catalogue: catalogue)
    }

    static func page(projects count: Int) throws -> String {
        let state = state(projects: count)
        return try HTMLRenderer().index(PortfolioIndex(state: state, asOf: StatementFixture.asOf), language: .english)
    }

    @Test func aSmallPortfolioListsEveryProject() throws {
        let html = try Self.page(projects: 20)
        #expect(html.contains("projects/N-00019.html"))
        #expect(!html.contains("is listed on its municipality"))
    }

    @Test func aLargePortfolioGivesCountsAndLeavesTheListsToTheStatesAndMunicipalities() throws {
        let count = HTMLRenderer.maximumListedProjects + 1
        let html = try Self.page(projects: count)
        #expect(!html.contains("projects/N-00000.html"))
        #expect(html.contains("With \(count + 1) projects, each project is listed on its municipality"))
        #expect(html.contains("each project is listed on its municipality&#39;s page, reached from its state&#39;s"))
        #expect(html.contains("href=\"../en/states/ZAC.html\""))
        #expect(!html.contains("municipalities/\(StatementFixture.municipality.text).html"))
        // Small enough for a phone: no row per project.
        #expect(html.utf8.count < 60_000, "\(html.utf8.count) bytes")
    }
}
