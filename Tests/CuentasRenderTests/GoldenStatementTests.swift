import CuentasCore
import CuentasRender
import CuentasStatements
import CuentasTestSupport
import Foundation
import Testing

/// The rendered statements, compared byte for byte with files in Golden/. Run with UPDATE_GOLDEN=1 to rewrite them on
/// purpose, then read the diff.
@Suite struct GoldenStatementTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    let state = StatementFixture.state()
    let builder: SiteBuilder

    init() throws { builder = try SiteBuilder() }

    func compare(_ text: String, _ name: String) throws {
        let file = Self.folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" { try Data(text.utf8).write(to: file) }
        let golden = try String(contentsOf: file, encoding: .utf8)
        #expect(text == golden, "\(name) differs from its golden file")
    }

    func text(_ language: Language) throws -> StatementText {
        StatementText(translation: try Translation(language: language, folder: CuentasRender.templatesFolder))
    }

    @Test func projectStatement() throws {
        let statement = ProjectStatement(folio: StatementFixture.folio, state: state, asOf: StatementFixture.asOf)!
        for language in Language.allCases {
            try compare(builder.renderer.project(statement, language: language), "project.\(language.rawValue).html")
            try compare(try text(language).project(statement), "project.\(language.rawValue).txt")
        }
        try compare(try builder.validated(StatementXML.project(statement), name: "project.xml"), "project.xml")
    }

    @Test func clubStatement() throws {
        let prices = [CorridorPrice(sendingCountry: "USA", receivingCountry: "MEX", quarter: "2020Q3", averageCostBasisPoints: 418)]
        let statement = ClubStatement(clubID: StatementFixture.club, state: state, asOf: StatementFixture.asOf, corridorPrices: prices)!
        for language in Language.allCases {
            try compare(builder.renderer.club(statement, language: language), "club.\(language.rawValue).html")
            try compare(try text(language).club(statement), "club.\(language.rawValue).txt")
        }
        try compare(try builder.validated(StatementXML.club(statement), name: "club.xml"), "club.xml")
    }

    @Test func municipalityStatement() throws {
        let statement = MunicipalityStatement(municipalityID: StatementFixture.municipality, state: state, asOf: StatementFixture.asOf)!
        for language in Language.allCases {
            try compare(builder.renderer.municipality(statement, language: language), "municipality.\(language.rawValue).html")
            try compare(try text(language).municipality(statement), "municipality.\(language.rawValue).txt")
        }
        try compare(try builder.validated(StatementXML.municipality(statement), name: "municipality.xml"), "municipality.xml")
    }

    /// The same ledger with a club's sendings in two steps: one confirmed short, one returned, one not confirmed after
    /// 20 days and one 5 days in transit. Each statement shows them; the XML validates against the schema.
    @Test func transitStatements() throws {
        let state = StatementFixture.state(inTransit: true)
        let prices = [CorridorPrice(sendingCountry: "USA", receivingCountry: "MEX", quarter: "2020Q3", averageCostBasisPoints: 418)]
        let project = ProjectStatement(folio: StatementFixture.folio, state: state, asOf: StatementFixture.asOf)!
        let club = ClubStatement(clubID: StatementFixture.club, state: state, asOf: StatementFixture.asOf, corridorPrices: prices)!
        let municipality = MunicipalityStatement(municipalityID: StatementFixture.municipality, state: state, asOf: StatementFixture.asOf)!
        #expect(project.sendings.count == 3)
        #expect(project.unconfirmedSendings.map(\.sentOn) == [StatementFixture.date("2025-06-10")])
        #expect(project.shortArrivals.first?.shortfall?.missing == Money(minorUnits: 600_00, currency: .mexicanPeso))
        #expect(project.inTransit == [Money(minorUnits: 1_300_00, currency: .usDollar)])
        #expect(club.inTransit == Money(minorUnits: 1_300_00, currency: .usDollar))
        #expect(club.providers.map(\.provider) == ["", "Remesas Uno"])
        #expect(club.cheapestProvider?.provider == "Remesas Uno")
        #expect(municipality.sendingsToWatch.count == 2)
        // The portfolio's cost per provider along the corridor: the same figures as the club's, beside the average.
        let index = PortfolioIndex(state: state, asOf: StatementFixture.asOf, corridorPrices: prices)
        #expect(index.corridors.map(\.sendingCountry) == ["USA"])
        #expect(index.corridors.first?.providers == club.providers)
        #expect(index.corridors.first?.average?.averageCostBasisPoints == 418)
        #expect(index.corridors.first?.cheapest?.provider == "Remesas Uno")
        #expect(builder.renderer.index(index, language: .english).contains("Sendings of every club from USA to MEX"))
        #expect(
            !builder.renderer.index(PortfolioIndex(state: StatementFixture.state(), asOf: StatementFixture.asOf), language: .english)
                .contains("Sendings of every club"))
        for language in Language.allCases {
            let name = language.rawValue
            try compare(builder.renderer.project(project, language: language), "project.transit.\(name).html")
            try compare(try text(language).project(project), "project.transit.\(name).txt")
            try compare(builder.renderer.club(club, language: language), "club.transit.\(name).html")
            try compare(try text(language).club(club), "club.transit.\(name).txt")
            try compare(builder.renderer.municipality(municipality, language: language), "municipality.transit.\(name).html")
            try compare(try text(language).municipality(municipality), "municipality.transit.\(name).txt")
        }
        try compare(try builder.validated(StatementXML.project(project), name: "project.transit.xml"), "project.transit.xml")
        try compare(try builder.validated(StatementXML.club(club), name: "club.transit.xml"), "club.transit.xml")
        try compare(
            try builder.validated(StatementXML.municipality(municipality), name: "municipality.transit.xml"), "municipality.transit.xml")
    }

    /// The same ledger with its catalogue amended: a corrected title and a planned end, a re-programmed budget (each
    /// line approved, modified and paid), a club's new city and renewed toma de nota, the municipality's
    /// administrations; each statement lists its changes.
    @Test func amendedStatements() throws {
        let state = StatementFixture.state(amended: true)
        let project = ProjectStatement(folio: StatementFixture.folio, state: state, asOf: StatementFixture.asOf)!
        let club = ClubStatement(clubID: StatementFixture.club, state: state, asOf: StatementFixture.asOf)!
        let municipality = MunicipalityStatement(municipalityID: StatementFixture.municipality, state: state, asOf: StatementFixture.asOf)!
        #expect(project.isReprogrammed)
        #expect(project.changes.count == 3)
        #expect(club.changes.count == 2)
        #expect(municipality.pledgesInOffice.map(\.administration) == ["Ayuntamiento 2021-2024"])
        for language in Language.allCases {
            let name = language.rawValue
            try compare(builder.renderer.project(project, language: language), "project.amended.\(name).html")
            try compare(try text(language).project(project), "project.amended.\(name).txt")
            try compare(builder.renderer.club(club, language: language), "club.amended.\(name).html")
            try compare(try text(language).club(club), "club.amended.\(name).txt")
            try compare(builder.renderer.municipality(municipality, language: language), "municipality.amended.\(name).html")
            try compare(try text(language).municipality(municipality), "municipality.amended.\(name).txt")
        }
        try compare(try builder.validated(StatementXML.project(project), name: "project.amended.xml"), "project.amended.xml")
        try compare(try builder.validated(StatementXML.club(club), name: "club.amended.xml"), "club.amended.xml")
        try compare(
            try builder.validated(StatementXML.municipality(municipality), name: "municipality.amended.xml"), "municipality.amended.xml")
    }

    /// Each donation's receipt: the public page (both languages, no member's number, with and without the site's
    /// address), the text of `cuentas receipt` with the member's number; the fixture's sendings give a receipt drawn by
    /// a confirmed sending, one returned and one in transit, and part still in the fund.
    @Test func receipts() throws {
        let state = StatementFixture.state(inTransit: true)
        let receipts = DonationReceipt.all(clubID: StatementFixture.club, state: state, asOf: StatementFixture.asOf)
        #expect(receipts.map(\.code) == StatementFixture.receipts)
        for (index, receipt) in receipts.enumerated() {
            let address = index == 0 ? "https://cuentas.example.org/" + SitePath.receipt(receipt.code!) : nil
            let projects = index == 0 ? "https://cuentas.example.org/" : "../../"
            try compare(builder.renderer.receiptPage(receipt, address: address, projectsBase: projects), "receipt.\(index + 1).html")
            for language in Language.allCases {
                try compare(try text(language).receipt(receipt, address: address), "receipt.\(index + 1).\(language.rawValue).txt")
            }
        }
        let page = builder.renderer.receiptPage(receipts[1], address: nil, projectsBase: "../../")
        #expect(!page.contains("María") && !page.contains("Socio número") && !page.contains("Member number"))
        #expect(try text(.english).receipt(receipts[1], address: nil).contains("Member number 1."))
    }

    /// With the site's address, every statement page carries its own address and a QR code of it (at the top when
    /// printed); without it, pages are as the goldens above.
    @Test func pagesCarryTheirAddressWhenTheSiteHasOne() throws {
        let site = try SiteBuilder(baseURL: "https://cuentas.example.org/").build(
            state: state, asOf: StatementFixture.asOf, corridorPrices: [])
        let page = String(decoding: try #require(site["es/projects/P-1.html"]), as: UTF8.self)
        #expect(page.contains("<body class=\"addressed\">"))
        #expect(
            page.contains(
                "<a href=\"https://cuentas.example.org/es/projects/P-1.html\">https://cuentas.example.org/es/projects/P-1.html</a>"))
        #expect(page.contains("<svg class=\"qr\""))
        // Read alone (saved, forwarded), its relative links resolve against its address: they lead to the site.
        #expect(page.contains("<base href=\"https://cuentas.example.org/es/projects/P-1.html\">"))
        let plain = String(
            decoding: try #require(
                try SiteBuilder().build(state: state, asOf: StatementFixture.asOf, corridorPrices: [])["es/projects/P-1.html"]),
            as: UTF8.self)
        #expect(!plain.contains("page-address\">") && plain.contains("<body>") && !plain.contains("<base"))
    }
}
