import ArgumentParser
import CuentasCore
import CuentasPublishing
import CuentasRender
import CuentasStatements

struct StatementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statement", abstract: "Print one statement as HTML, XML or text.",
        discussion: """
            Examples: cuentas statement project 3X1-2024-003 --format html --lang es > road.html
                      cuentas statement club CLUB-CANON-LA --format xml
                      cuentas statement municipality MUN-HUERTAS
            """)

    enum Subject: String, ExpressibleByArgument, CaseIterable { case project, club, municipality }
    enum Format: String, ExpressibleByArgument, CaseIterable { case html, xml, text }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "project, club or municipality.") var subject: Subject
    @Argument(help: "Its folio or code.") var id: String
    @Option(help: "html, xml or text.") var format: Format = .text
    @Option(help: "The date of the figures, YYYY-MM-DD. Default: today.") var asOf: String?
    @Option(help: "World Bank corridor prices (CSV), for a club's statement.") var remittancePrices: String?

    func run() throws {
        try global.perform { context in
            let key = try OptionParsing.identifier(id, "ID")
            let asOfDate = try asOf.map { text throws(InputError) in try OptionParsing.date(text, "--as-of") } ?? CommandContext.today
            // Each statement from only the part of the ledger it shows.
            let store = try context.openLedger()
            let language = context.language
            let builder = try SiteBuilder()
            let text = StatementText(translation: try Translation(language: language, folder: CuentasRender.templatesFolder))
            let notFound = CommandFailure(message: context.say("no existe \(subject.rawValue) \(id)", "there is no \(subject.rawValue) \(id)"))
            switch subject {
            case .project:
                guard let state = try store.projectState(key), let statement = ProjectStatement(folio: key, state: state, asOf: asOfDate)
                else { throw notFound }
                switch format {
                case .html: print(builder.renderer.project(statement, language: language))
                case .xml: print(try builder.validated(StatementXML.project(statement), name: "\(key).xml"), terminator: "")
                case .text: print(text.project(statement))
                }
            case .club:
                let prices = try CorridorPriceFile.load(remittancePrices)
                let state = try store.clubState(key)
                guard let statement = ClubStatement(clubID: key, state: state, asOf: asOfDate, corridorPrices: prices) else { throw notFound }
                switch format {
                case .html: print(builder.renderer.club(statement, language: language))
                case .xml: print(try builder.validated(StatementXML.club(statement), name: "\(key).xml"), terminator: "")
                case .text: print(text.club(statement))
                }
            case .municipality:
                let state = try store.municipalityState(key)
                guard let statement = MunicipalityStatement(municipalityID: key, state: state, asOf: asOfDate) else { throw notFound }
                switch format {
                case .html: print(builder.renderer.municipality(statement, language: language))
                case .xml: print(try builder.validated(StatementXML.municipality(statement), name: "\(key).xml"), terminator: "")
                case .text: print(text.municipality(statement))
                }
            }
        }
    }
}
