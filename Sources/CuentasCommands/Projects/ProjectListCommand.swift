import ArgumentParser
import CuentasCore
import CuentasRender
import CuentasStatements

struct ProjectListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List projects with their status and money.",
        discussion: "Example: cuentas project list --municipality MUN-JEREZ --status in-execution")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this municipality.") var municipality: String?
    @Option(help: "Only this status.") var status: ProjectStatus?
    @Option(help: "Only this kind.") var kind: ProjectKind?
    @OptionGroup var asOf: AsOfOption
    @Option(help: "text or json.") var format: OutputFormat = .text

    func validate() throws {
    }

    func run() throws {
        try global.perform { context in
            let asOfDate = try asOf.date
            let state = try context.openEither().state()
            let figures = state.projects.values
                .filter { municipality == nil || $0.project.municipalityID.text == municipality }
                .filter { status == nil || $0.status == status }
                .filter { kind == nil || $0.project.kind == kind }
                .sorted { $0.project.folio < $1.project.folio }
                .map { ProjectFigures(account: $0, catalogue: state.catalogue, asOf: asOfDate) }
            switch format {
            case .json: print(JSONOutput.render(figures.map(ProjectReport.json)))
            case .text:
                let text = StatementText(translation: try Translation(language: context.language, folder: CuentasRender.templatesFolder))
                let portfolio = PortfolioIndex(state: state, asOf: asOfDate)
                let shown = Set(figures.map(\.folio))
                print(text.projectList(portfolio.projects.filter { shown.contains($0.folio) }))
            }
        }
    }
}
