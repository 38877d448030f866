import ArgumentParser
import CuentasCore
import CuentasRender
import CuentasStatements

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show the figures of a project, a club or a municipality.",
        discussion: """
            Examples: cuentas show 3X1-2024-001
                      cuentas show CLUB-JEREZ-LA --as-of 2026-06-30
                      cuentas show MUN-JEREZ --format json
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A project folio, a club code or a municipality code.") var id: String
    @OptionGroup var asOf: AsOfOption
    @Option(help: "text or json.") var format: OutputFormat = .text

    func run() throws {
        try global.perform { context in
            // The code may be a folio or a party's: it is looked up as one, then as the other.
            let folio: Folio = try OptionParsing.identifier(id, "ID")
            let key = PartyID(retyping: folio)
            let asOfDate = try asOf.date
            let store = try context.openEither()
            let text = StatementText(translation: try Translation(language: context.language, folder: CuentasRender.templatesFolder))
            // A project needs only its own movements read.
            if let projectState = try store.projectState(folio), let account = projectState.projects[folio] {
                let figures = ProjectFigures(account: account, catalogue: projectState.catalogue, asOf: asOfDate)
                print(
                    format == .json
                        ? JSONOutput.render(ProjectReport.json(figures))
                        : text.text(Statement(.project(folio), state: projectState, asOf: asOfDate)!))
                return
            }
            // A club or a municipality: its own projects, read as the whole ledger would have them.
            let parties = try store.catalogue(onlyProjects: [], onlyClubs: [key])
            if parties.clubs[key] != nil {
                let state = try store.clubState(key)
                let fund = state.clubFunds[key]!
                let figures = ClubFigures(fund: fund, state: state, asOf: asOfDate)
                print(
                    format == .json
                        ? JSONOutput.render(ClubReport.json(figures, club: fund.club))
                        : text.text(Statement(.club(key), state: state, asOf: asOfDate)!))
            } else if let government = parties.governments[key], government.level == .municipal {
                let state = try store.municipalityState(key)
                let figures = MunicipalityFigures(municipality: government, state: state, asOf: asOfDate)
                print(
                    format == .json
                        ? JSONOutput.render(MunicipalityReport.json(figures))
                        : text.text(Statement(.municipality(key), state: state, asOf: asOfDate)!))
            } else {
                throw CommandFailure(
                    message: context.say(
                        "\(id): no es un folio de proyecto, un club ni un municipio",
                        "\(id): not a project folio, a club or a municipality"))
            }
        }
    }
}
