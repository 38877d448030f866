import ArgumentParser
import CuentasCore
import CuentasPublishing
import CuentasRender
import CuentasStatements
import Foundation

struct StatementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statement", abstract: "Print one statement as HTML, XML or text, or every statement as text.",
        discussion: """
            Examples: cuentas statement project 3X1-2024-003 --format html --lang es > road.html
                      cuentas statement club CLUB-CANON-LA --format xml
                      cuentas statement municipality MUN-HUERTAS
                      cuentas statement all > every-statement.txt
            """)

    enum Subject: String, ExpressibleByArgument, CaseIterable { case project, club, municipality, all }
    enum Format: String, ExpressibleByArgument, CaseIterable { case html, xml, text }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "project, club, municipality, or all (every statement of the ledger, as text).") var subject: Subject
    @Argument(help: "Its folio or code (none for all).") var id: String?
    @Option(help: "html, xml or text.") var format: Format = .text
    @Option(help: "The date of the figures, YYYY-MM-DD. Default: today.") var asOf: String?
    @Option(help: "World Bank corridor prices (CSV), for a club's statement.") var remittancePrices: String?

    func run() throws {
        try global.perform { context in
            let asOfDate = try asOf.map { text throws(InputError) in try OptionParsing.date(text, "--as-of") } ?? CommandContext.today
            if subject == .all {
                guard id == nil, format == .text else {
                    throw CommandFailure(message: context.say(
                        "`statement all` no lleva folio ni código, y escribe solo texto", "`statement all` takes no folio or code, and writes text only"))
                }
                return try printEveryStatement(context, asOf: asOfDate)
            }
            guard let id else {
                throw CommandFailure(message: context.say("falta el folio o código de \(subject.rawValue)", "the \(subject.rawValue)'s folio or code is missing"))
            }
            let key = try OptionParsing.identifier(id, "ID")
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
            case .all:
                preconditionFailure("handled above")
            }
        }
    }

    /// Statements computed on every core before they are printed.
    static let batchSize = 2_048

    /// Every project, club and municipality statement of the ledger as text, in that order, each sorted by code:
    /// computed from one replay of the whole ledger, on every core.
    private func printEveryStatement(_ context: CommandContext, asOf: CalendarDate) throws {
        let state = try context.openLedger().state()
        defer { KeptUntilExit.keep(state) }
        let prices = try CorridorPriceFile.load(remittancePrices)
        let text = StatementText(translation: try Translation(language: context.language, folder: CuentasRender.templatesFolder))
        let folios = state.projects.keys.sorted()
        let clubs = state.clubFunds.keys.sorted()
        let municipalities = state.catalogue.governments.values.filter { $0.level == .municipal }.map(\.id).sorted()
        let total = folios.count + clubs.count + municipalities.count
        // In batches, each printed before the next is computed: the whole text of a national ledger (68 MB) held at
        // once was a sixth of the command's memory.
        for batchStart in stride(from: 0, to: total, by: Self.batchSize) {
            let texts = ParallelTexts(count: min(Self.batchSize, total - batchStart))
            DispatchQueue.concurrentPerform(iterations: texts.count) { offset in
                let index = batchStart + offset
                if index < folios.count {
                    texts.set(offset, text.project(ProjectStatement(folio: folios[index], state: state, asOf: asOf)!))
                } else if index < folios.count + clubs.count {
                    let id = clubs[index - folios.count]
                    texts.set(offset, text.club(ClubStatement(clubID: id, state: state, asOf: asOf, corridorPrices: prices)!))
                } else {
                    let id = municipalities[index - folios.count - clubs.count]
                    texts.set(offset, text.municipality(MunicipalityStatement(municipalityID: id, state: state, asOf: asOf)!))
                }
            }
            for statement in texts.values { print(statement) }
        }
        // The count goes to the error stream, so that the statements themselves can be piped on their own.
        let counts = "\(folios.count) + \(clubs.count) + \(municipalities.count)"
        FileHandle.standardError.write(Data((context.say(
            "\(total) estados de cuenta (proyectos + clubes + municipios: \(counts))",
            "\(total) statements (projects + clubs + municipalities: \(counts))") + "\n").utf8))
    }
}
