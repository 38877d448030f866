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
    @OptionGroup var asOf: AsOfOption
    @Option(help: "World Bank corridor prices (CSV), for a club's statement.") var remittancePrices: String?

    func run() throws {
        try global.perform { context in
            let asOfDate = try asOf.date
            if subject == .all {
                guard id == nil, format == .text else {
                    throw CommandFailure(
                        message: context.say(
                            "`statement all` no lleva folio ni código, y escribe solo texto",
                            "`statement all` takes no folio or code, and writes text only"))
                }
                return try printEveryStatement(context, asOf: asOfDate)
            }
            guard let id else {
                throw CommandFailure(
                    message: context.say(
                        "falta el folio o código de \(subject.rawValue)", "the \(subject.rawValue)'s folio or code is missing"))
            }
            let statementSubject: StatementSubject
            switch subject {
            case .project: statementSubject = .project(try OptionParsing.identifier(id, "ID"))
            case .club: statementSubject = .club(try OptionParsing.identifier(id, "ID"))
            case .municipality: statementSubject = .municipality(try OptionParsing.identifier(id, "ID"))
            case .all: preconditionFailure("handled above")
            }
            // Each statement from only the part of the ledger it shows.
            let store = try context.openEither()
            let language = context.language
            let prices = if case .club = statementSubject { try CorridorPriceFile.load(remittancePrices) } else { [CorridorPrice]() }
            guard let state = try store.state(for: statementSubject),
                let statement = Statement(statementSubject, state: state, asOf: asOfDate, corridorPrices: prices)
            else {
                throw CommandFailure(message: context.say("no existe \(subject.rawValue) \(id)", "there is no \(subject.rawValue) \(id)"))
            }
            switch format {
            case .html: print(try SiteBuilder().renderer.page(statement, language: language))
            case .xml:
                print(try SiteBuilder().validated(StatementXML.document(statement), name: "\(statementSubject.code).xml"), terminator: "")
            case .text:
                print(
                    try StatementText(translation: Translation(language: language, folder: CuentasRender.templatesFolder)).text(statement))
            }
        }
    }

    /// Statements computed on every core before they are printed.
    static let batchSize = 2_048

    /// Every project, club and municipality statement of the ledger as text, in that order, each sorted by code:
    /// computed from one replay of the whole ledger, on every core.
    private func printEveryStatement(_ context: CommandContext, asOf: CalendarDate) throws {
        let state = try context.openEither().state()
        defer { KeptUntilExit.keep(state) }
        let prices = try CorridorPriceFile.load(remittancePrices)
        let text = StatementText(translation: try Translation(language: context.language, folder: CuentasRender.templatesFolder))
        let subjects = StatementSubject.all(in: state.catalogue).sorted()
        // In batches, each printed before the next is computed: the whole text of a national ledger (68 MB) held at
        // once was a sixth of the command's memory.
        for batchStart in stride(from: 0, to: subjects.count, by: Self.batchSize) {
            let texts = ParallelTexts(count: min(Self.batchSize, subjects.count - batchStart))
            DispatchQueue.concurrentPerform(iterations: texts.count) { offset in
                let subject = subjects[batchStart + offset]
                // The whole ledger's state has every statement its catalogue calls for.
                texts.set(offset, text.text(Statement(subject, state: state, asOf: asOf, corridorPrices: prices)!))
            }
            for statement in texts.values { print(statement) }
        }
        let total = subjects.count, clubs = state.catalogue.clubs.count, folios = state.catalogue.projects.count
        // The count goes to the error stream, so that the statements themselves can be piped on their own.
        let counts = "\(folios) + \(clubs) + \(total - folios - clubs)"
        FileHandle.standardError.write(
            Data(
                (context.say(
                    "\(total) estados de cuenta (proyectos + clubes + municipios: \(counts))",
                    "\(total) statements (projects + clubs + municipalities: \(counts))") + "\n").utf8))
    }
}
