import ArgumentParser
import CuentasCore

struct FederationRenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename", abstract: "Record a federation's new name (an amendment, shown in its history).",
        discussion: """
            Example: cuentas federation rename FED-ZAC-SC --name "Federación Zacatecana del Sur de California" \\
              --reason "Nuevo nombre registrado"
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var amendment: AmendmentOptions
    @Argument(help: "The federation's code.") var id: String
    @Option(help: "Its new name.") var name: String

    func run() throws {
        try global.perform { context in
            let amendments = try amendment.amendments(.federation(try OptionParsing.identifier(id, "ID")), [(.name, name, "--name")])
            try context.openEither().amend(amendments)
            AmendmentPrinting.print(amendments, context)
        }
    }
}
