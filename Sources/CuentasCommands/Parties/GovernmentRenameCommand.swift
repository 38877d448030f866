import ArgumentParser
import CuentasCore

struct GovernmentRenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename", abstract: "Record a government's new name (an amendment, shown in its history).",
        discussion: """
            Example: cuentas government rename MUN-JEREZ --name "Municipio de Jerez de García Salinas" --reason "Nombre oficial"
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var amendment: AmendmentOptions
    @Argument(help: "The government's code.") var id: String
    @Option(help: "Its new name.") var name: String

    func run() throws {
        try global.perform { context in
            let amendments = try amendment.amendments(.government(try OptionParsing.identifier(id, "ID")), [(.name, name, "--name")])
            try context.openEither().amend(amendments)
            AmendmentPrinting.print(amendments, context)
        }
    }
}
