import CuentasCore
import CuentasRender
import CuentasStatements
import CuentasTestSupport
import Foundation
import Testing

/// The top of a project's page answers before any table: where it stands, who still owes what since when, what was
/// spent of what arrived, and how old the last progress report is.
@Suite struct FirstScreenTests {
    let builder: SiteBuilder
    init() throws { builder = try SiteBuilder() }

    /// The page's text from its start to the summary section: what a phone shows first.
    func firstScreen(_ statement: ProjectStatement, _ language: Language) -> String {
        let html = builder.renderer.project(statement, language: language)
        let start = html.range(of: "<main")!.upperBound
        let end = html.range(of: "id=\"summary\"")!.lowerBound
        return String(html[start..<end])
    }

    @Test func aLatePartyIsNamedWithItsAmountAndTheDateItPledged() throws {
        let statement = ProjectStatement(folio: StatementFixture.folio, state: StatementFixture.state(), asOf: StatementFixture.asOf)!
        let late = try #require(statement.sources.first { $0.isLate })
        let top = firstScreen(statement, .spanish)
        #expect(
            top.contains(
                "<li class=\"flagged\">Falta que \(late.party.name) entregue $100,000.00 MXN: lo comprometió el 1 feb 2024, hace 515 días.</li>"
            ))
        #expect(top.contains("En ejecución: la obra está en marcha."))
        let english = firstScreen(statement, .english)
        #expect(english.contains("Gobierno de Zacatecas still has to pay MX$100,000.00: it pledged it on Feb 1, 2024, 515 days ago."))
    }

    @Test func aProgressReportOlderThanNinetyDaysIsFlaggedWithItsAge() throws {
        let state = StatementFixture.state()
        // The last report is of 20 Sep 2024: 90 days later it is still current, 91 days later it is flagged.
        let current = ProjectStatement(folio: StatementFixture.folio, state: state, asOf: StatementFixture.date("2024-12-19"))!
        let old = ProjectStatement(folio: StatementFixture.folio, state: state, asOf: StatementFixture.date("2024-12-20"))!
        #expect(ProgressFreshness(current)?.isStale == false)
        #expect(ProgressFreshness(old)?.isStale == true)
        #expect(firstScreen(current, .english).contains("<li>Last progress report on the work: 85%, on Sep 20, 2024.</li>"))
        #expect(
            firstScreen(old, .english).contains(
                "<li class=\"flagged\">Last progress report on the work: 85%, on Sep 20, 2024, 91 days ago. There is no newer one: ask how it is going.</li>"
            ))
    }

    @Test func whatWasSpentOfWhatArrivedIsSaidWithWhatWasReturned() throws {
        let statement = ProjectStatement(folio: StatementFixture.folio, state: StatementFixture.state(), asOf: StatementFixture.asOf)!
        #expect(statement.totalRefunded.isPositive)
        let top = firstScreen(statement, .spanish)
        #expect(top.contains("Se pagaron"))
        #expect(top.contains("se devolvieron $200.00 MXN"))
    }

    @Test func aScholarshipSpeaksOfStudentsAndPeriodsNotOfWorks() throws {
        let statement = ProjectStatement(
            folio: StatementFixture.folio, state: StatementFixture.state(kind: .scholarship), asOf: StatementFixture.asOf)!
        let top = firstScreen(statement, .spanish)
        #expect(top.contains("En curso: se están pagando las becas a los estudiantes."))
        #expect(top.contains("Último informe: 85 % de los periodos de beca cubiertos, el 20 sep 2024, hace 283 días."))
        #expect(!top.contains("la obra"))
    }
}
