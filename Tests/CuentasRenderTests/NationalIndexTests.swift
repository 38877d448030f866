import CuentasCore
import CuentasRender
import CuentasStatements
import CuentasTestSupport
import Foundation
import Testing

/// A national portfolio (32 states, 2,400 municipalities, 4,000 clubs, 40,000 projects, the national benchmark's
/// shape) goes country -> state -> municipality: the index lists the states and stays under 100 KB, and each state's
/// page lists its own municipalities and the clubs with projects there.
@Suite struct NationalIndexTests {
    static let states = 32
    static let municipalitiesPerState = 75
    static let clubs = 4_000
    static let projects = 40_000

    static func id<Kind>(_ text: String) -> Identifier<Kind> { Identifier(trusted: text) }

    static let portfolio: PortfolioIndex = {
        var catalogue = Catalogue()
        let federal: PartyID = id("MX")
        catalogue.governments[federal] = Government(
            id: federal, name: "Gobierno Federal", level: .federal, parentID: nil, countryCode: "MX")
        var municipalities: [PartyID] = []
        for s in 0..<states {
            let state: PartyID = id("EST-\(s)")
            catalogue.governments[state] = Government(
                id: state, name: "Gobierno del Estado número \(s)", level: .state, parentID: federal, countryCode: "MX")
            for m in 0..<municipalitiesPerState {
                let municipality: PartyID = id("MUN-\(s)-\(m)")
                municipalities.append(municipality)
                catalogue.governments[municipality] = Government(
                    id: municipality, name: "Municipio de San Miguel de los Altos \(s)-\(m)", level: .municipal, parentID: state,
                    countryCode: "MX")
            }
        }
        for c in 0..<clubs {
            catalogue.clubs[id("CLUB-\(c)")] = Club(
                id: id("CLUB-\(c)"), name: "Club de Migrantes Unidos de Los Ángeles \(c)", federationID: nil, cityAbroad: "Los Angeles",
                stateAbroad: "CA", countryAbroad: "USA", tomaDeNota: nil, fundCurrency: .usDollar)
        }
        let pesos = { (minor: Int64) in Money(minorUnits: minor, currency: .mexicanPeso) }
        for p in 0..<projects {
            let folio: Folio = id("3X1-2025-\(p)")
            let municipality = municipalities[p % municipalities.count]
            catalogue.projects[folio] = Project(
                folio: folio,
                title: LocalizedText(spanish: "Pavimentación de la calle principal \(p)", english: "Paving the main street \(p)"),
                description: LocalizedText(spanish: "", english: ""), kind: .infrastructure, municipalityID: municipality,
                locality: "Centro",
                sponsorClubIDs: [id("CLUB-\(p % clubs)")], executingAgencyID: municipality, approvedCost: pesos(1_000_000_00),
                budgetLines: [BudgetLine(number: 1, concept: "Obra", amount: pesos(1_000_000_00))],
                proposedOn: StatementFixture.date("2025-01-10"))
        }
        return PortfolioIndex(state: LedgerState(catalogue: catalogue), asOf: StatementFixture.asOf)
    }()

    @Test func theIndexListsTheStatesAndStaysUnder100KB() throws {
        let renderer = try SiteBuilder().renderer
        #expect(Self.portfolio.states.count == Self.states)
        for language in Language.allCases {
            let html = renderer.index(Self.portfolio, language: language)
            #expect(html.utf8.count < 100_000, "the \(language.rawValue) index is \(html.utf8.count) bytes")
            for s in 0..<Self.states { #expect(html.contains("href=\"../\(language.rawValue)/states/EST-\(s).html\"")) }
            #expect(!html.contains("MUN-0-0"), "the index leaves municipalities to the state pages")
        }
    }

    @Test func eachStatePageListsItsMunicipalitiesAndItsClubs() throws {
        let renderer = try SiteBuilder().renderer
        var listed = 0
        var projects = 0
        for group in Self.portfolio.states {
            let html = renderer.state(group, asOf: StatementFixture.asOf, currency: .mexicanPeso, language: .spanish)
            #expect(html.utf8.count < 100_000, "\(group.state?.name ?? "") is \(html.utf8.count) bytes")
            let stateNumber = group.state!.id.text.dropFirst("EST-".count)
            for m in 0..<Self.municipalitiesPerState {
                #expect(html.contains("href=\"../../es/municipalities/MUN-\(stateNumber)-\(m).html\""))
            }
            #expect(!html.contains("MUN-\(Int(stateNumber)! == 0 ? 1 : 0)-0.html"), "another state's municipality")
            listed += group.municipalities.count
            // Project p is in municipality p mod 2,400: a state has 16 or 17 in each of its 75 municipalities.
            #expect(group.projects.count >= 1_200 && group.projects.count <= 1_275)
            #expect(html.contains("<dd>\(group.projects.count)</dd>"))
            projects += group.projects.count
            #expect(!group.clubs.isEmpty && html.contains("../../es/clubs/\(group.clubs[0].id.text).html"))
        }
        #expect(listed == Self.states * Self.municipalitiesPerState)
        #expect(projects == Self.projects)
    }
}
