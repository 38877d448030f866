import ArgumentParser
import CuentasCore

struct GovernmentAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a government. A state names its federal government; a municipality its state.",
        discussion: """
            Examples: cuentas government add MX-FED --name "Gobierno de México" --level federal
                      cuentas government add ZAC --name "Gobierno de Zacatecas" --level state --parent MX-FED
                      cuentas government add MUN-JEREZ --name "Municipio de Jerez" --level municipal --parent ZAC
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Its code, e.g. MUN-JEREZ.") var id: String
    @Option(help: "Its name.") var name: String
    @Option(help: "The level of government.") var level: GovernmentLevel
    @Option(help: "The government above it (a state for a municipality, the federal one for a state).") var parent: String?
    @Option(help: "ISO 3166 country code.") var country: String = "MX"

    func validate() throws {
        if (level == .federal) != (parent == nil) {
            throw level == .federal
                ? global.refuse("un gobierno federal no lleva --parent", "a federal government has no --parent")
                : global.refuse(
                    "un gobierno \(level.name(in: .spanish)) necesita --parent", "a \(level.rawValue) government needs --parent")
        }
        if country.count != 2 || !country.allSatisfy({ $0.isASCII && $0.isLetter }) {
            throw global.refuse(
                "--country: \"\(country)\" no es válido; se espera un código ISO 3166 de dos letras como MX",
                "--country: \"\(country)\" is not valid; expected a two-letter ISO 3166 code such as MX")
        }
    }

    func run() throws {
        try global.perform { context in
            let government = Government(
                id: try OptionParsing.identifier(id, "ID"), name: try OptionParsing.text(name, "--name"),
                level: level,
                parentID: try parent.map { text throws(InputError) in try OptionParsing.identifier(text, "--parent") },
                countryCode: country.uppercased())
            try context.openEither().addGovernment(government)
            print(context.say("Gobierno \(government.id) agregado.", "Government \(government.id) added."))
        }
    }
}
