import ArgumentParser
import CuentasCore
import CuentasRender

struct ClubListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the clubs with their fund balance.", discussion: "Example: cuentas club list --format json")

    @OptionGroup var global: GlobalOptions
    @Option(help: "text or json.") var format: OutputFormat = .text
    @OptionGroup var asOf: AsOfOption

    func run() throws {
        try global.perform { context in
            let asOfDate = try asOf.date
            let state = try context.openEither().state()
            let funds = state.clubFunds.values.sorted { $0.club.id < $1.club.id }
            let figures = funds.map { ClubFigures(fund: $0, state: state, asOf: asOfDate) }
            switch format {
            case .json:
                print(JSONOutput.render(figures.map { ClubReport.json($0, club: state.catalogue.clubs[$0.clubID]!) }))
            case .text:
                var table = TextTable([
                    (context.say("Club", "Club"), .left), (context.say("Nombre", "Name"), .left),
                    (context.say("Ciudad", "City"), .left), (context.say("Toma de nota vence", "Toma de nota expires"), .left),
                    (context.say("Fondo", "Fund"), .right), (context.say("Proyectos", "Projects"), .right),
                ])
                for (fund, figure) in zip(funds, figures) {
                    let club = fund.club
                    table.add([
                        club.id.text, club.name, "\(club.cityAbroad), \(club.stateAbroad)",
                        club.tomaDeNota?.expiresOn.formatted(in: context.language) ?? "—",
                        context.money(figure.fundBalance), "\(figure.projects.count)",
                    ])
                }
                print(table.rendered())
            }
        }
    }
}
