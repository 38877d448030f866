import ArgumentParser
import CuentasCore

struct GovernmentAdministrationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "administration", abstract: "Record a government's new administration and the day it took office.",
        discussion: """
            The municipality's statement then says which administration was in office when each of the government's \
            pledges was made.
            Example: cuentas government administration MUN-JEREZ --name "Ayuntamiento 2024-2027" --date 2024-09-15 \\
              --reason "Toma de protesta del cabildo"
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var amendment: AmendmentOptions
    @Argument(help: "The government's code.") var id: String
    @Option(help: "The administration's name, e.g. Ayuntamiento 2024-2027.") var name: String

    func run() throws {
        try global.perform { context in
            let amendments = try amendment.amendments(
                .government(try OptionParsing.identifier(id, "ID")), [(.administration, name, "--name")])
            try context.openEither().amend(amendments)
            AmendmentPrinting.print(amendments, context)
        }
    }
}
