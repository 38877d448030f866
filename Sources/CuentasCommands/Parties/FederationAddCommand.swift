import ArgumentParser
import CuentasCore

struct FederationAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a federation of clubs.",
        discussion: """
            Example: cuentas federation add FEDZAC-SC --name "Federación Zacatecana del Sur de California" \\
              --state-of-origin Zacatecas --region-abroad "Southern California, USA"
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Its code, e.g. FEDZAC-SC.") var id: String
    @Option(help: "Its name.") var name: String
    @Option(help: "The Mexican state its members come from.") var stateOfOrigin: String
    @Option(help: "Where its clubs live.") var regionAbroad: String

    func run() throws {
        try global.perform { context in
            let federation = Federation(
                id: try OptionParsing.identifier(id, "ID"), name: try OptionParsing.text(name, "--name"),
                stateOfOrigin: try OptionParsing.text(stateOfOrigin, "--state-of-origin"),
                regionAbroad: try OptionParsing.text(regionAbroad, "--region-abroad"))
            try context.openEither().addFederation(federation)
            print(context.say("Federación \(federation.id) agregada.", "Federation \(federation.id) added."))
        }
    }
}
