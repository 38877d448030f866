import ArgumentParser
import CuentasCore
import CuentasRender

struct ClubAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a club.",
        discussion: """
            Example: cuentas club add CLUB-JEREZ-LA --name "Club Jerezanos Unidos de Los Ángeles" \\
              --federation FEDZAC-SC --city "Los Angeles" --state CA --country USA \\
              --toma-de-nota LA-2024-0117 --toma-de-nota-expires 2026-03-31 --currency USD
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Its code, e.g. CLUB-JEREZ-LA.") var id: String
    @Option(help: "Its name.") var name: String
    @Option(help: "The federation it belongs to, if any.") var federation: String?
    @Option(help: "The city where it is abroad.") var city: String
    @Option(help: "The state or province where it is abroad.") var state: String
    @Option(help: "The country where it is abroad.") var country: String = "USA"
    @Option(help: "Its toma de nota (consular registration) number.") var tomaDeNota: String?
    @Option(help: "When the toma de nota expires, YYYY-MM-DD.") var tomaDeNotaExpires: String?
    @Option(help: "The currency of its fund.") var currency: String = "USD"

    func validate() throws {
        if (tomaDeNota == nil) != (tomaDeNotaExpires == nil) {
            throw global.refuse(
                "--toma-de-nota y --toma-de-nota-expires van juntos", "--toma-de-nota and --toma-de-nota-expires go together")
        }
    }

    func run() throws {
        try global.perform { context in
            var registration: TomaDeNota?
            if let tomaDeNota, let tomaDeNotaExpires {
                registration = TomaDeNota(
                    number: try OptionParsing.text(tomaDeNota, "--toma-de-nota", maximum: TextLimits.referenceCharacters),
                    expiresOn: try OptionParsing.date(tomaDeNotaExpires, "--toma-de-nota-expires"))
            }
            let club = Club(
                id: try OptionParsing.identifier(id, "ID"), name: try OptionParsing.text(name, "--name"),
                federationID: try federation.map { text throws(InputError) in try OptionParsing.identifier(text, "--federation") },
                cityAbroad: try OptionParsing.text(city, "--city"), stateAbroad: try OptionParsing.text(state, "--state"),
                countryAbroad: try OptionParsing.text(country, "--country"), tomaDeNota: registration,
                fundCurrency: try CurrencyCode(currency))
            try context.openEither().addClub(club)
            print(context.say("Club \(club.id) agregado.", "Club \(club.id) added."))
        }
    }
}
