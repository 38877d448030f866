import CuentasCore
@testable import CuentasRender
import CuentasStatements
import CuentasTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Names and notes with markup are shown as text: never as markup, in any page, document or export.
@Suite struct HostileTextTests {
    let state = StatementFixture.state(hostile: true)
    let asOf = StatementFixture.asOf

    @Test func everyPageEscapesEveryField() throws {
        let site = try SiteBuilder().build(state: state, asOf: asOf, corridorPrices: [])
        let pages = site.filter { $0.key.hasSuffix(".html") }
        // A project, a club, a municipality and its state in both languages, the index and the glossary in both, the
        // language choice, the receipts of the fixture's two donations, and the diaspora's contribution (the country,
        // the club's state of origin, its federation and the club) in both languages.
        #expect(pages.count == 2 * (1 + 1 + 1 + 1) + 2 + 2 + 1 + 2 + 2 * 4)
        for (path, data) in pages {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script"), "\(path) has a raw script tag")
            #expect(!html.contains("<b>bold"), "\(path) has raw markup")
            if path.contains("/projects/") || path.contains("/clubs/") || path.contains("/states/") || path.hasPrefix("r/")
                || path.contains("contribution/federations/")
            {
                #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(path) does not show the text")
            }
        }
    }

    @Test func xmlDocumentsStayValidAndKeepTheText() throws {
        let site = try SiteBuilder().build(state: state, asOf: asOf, corridorPrices: [])
        let documents = site.filter { $0.key.hasSuffix(".xml") }
        #expect(documents.count == 3)
        for (path, data) in documents {
            let xml = String(decoding: data, as: UTF8.self)
            #expect(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"), "\(path)")
            #expect(!xml.contains("<script"))
        }
        // Read back by an XML parser, the name is exactly what was typed.
        let club = try XMLDocument(data: try #require(documents[SitePath.clubXML(StatementFixture.club)]))
        let name = try #require(club.rootElement()?.elements(forName: "name").first?.stringValue)
        #expect(name == "Club Unidos " + StatementFixture.hostileText)
    }

    @Test func theCSVExportNeutralisesFormulas() {
        #expect(MovementsCSV.cell("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(MovementsCSV.cell("+1") == "'+1")
        #expect(MovementsCSV.cell("@SUM(A1)") == "'@SUM(A1)")
        #expect(MovementsCSV.cell("-5") == "'-5")
        #expect(MovementsCSV.cell("a,b") == "\"a,b\"")
        #expect(MovementsCSV.cell("1234.50") == "1234.50")
        #expect(MovementsCSV.cell("") == "")
        #expect(MovementsCSV.cell("\tx") == "'\tx")
        #expect(MovementsCSV.cell("dos\nlíneas") == "\"dos\nlíneas\"")
        #expect(MovementsCSV.cell("Pago \"urgente\"") == "\"Pago \"\"urgente\"\"\"")
    }

    /// Rows are filled by column position: the columns must be the header's, in its order.
    @Test func theCSVColumnsAreTheHeader() {
        #expect(
            MovementsCSV.Column.allCases.map {
                "\($0)".replacingOccurrences(of: "([a-z])([A-Z])", with: "$1_$2", options: .regularExpression).lowercased()
            }
                == MovementsCSV.header)
    }

    @Test func aDocumentThatBreaksTheSchemaIsRefusedWithItsLine() throws {
        let builder = try SiteBuilder()
        let statement = ProjectStatement(folio: StatementFixture.folio, state: StatementFixture.state(), asOf: asOf)!
        let broken = StatementXML.project(statement).replacingOccurrences(of: "<locality>", with: "<place>").replacingOccurrences(
            of: "</locality>", with: "</place>")
        do {
            _ = try builder.validated(broken, name: "broken.xml")
            Issue.record("an invalid document was accepted")
        } catch {
            guard case .invalidXML(let document, let line, let message) = error else { Issue.record("\(error)"); return }
            #expect(document == "broken.xml")
            #expect(line == 8)
            #expect(message.contains("place"))
        }
        #expect(throws: RenderError.self) { try builder.validated("<projectStatement", name: "cut.xml") }
    }

    @Test func bothTranslationTablesHaveTheSameKeys() throws {
        let spanish = try Translation(language: .spanish, folder: CuentasRender.templatesFolder)
        let english = try Translation(language: .english, folder: CuentasRender.templatesFolder)
        #expect(Set(spanish.texts.keys) == Set(english.texts.keys))
        #expect(spanish.texts.count > 100)
        #expect(spanish["nav.otherLanguage"] != english["nav.otherLanguage"])
    }
}
