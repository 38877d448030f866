import ArgumentParser
import CuentasCore

struct ClubAmendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amend", abstract: "Change a club's name, federation or city abroad.",
        discussion: """
            The club's row is never edited: each change is an amendment beside it, dated, with who recorded it and why, \
            shown in the club's history. Its money and its movements do not change.
            Example: cuentas club amend CLUB-JEREZ-LA --name "Club Jerezano de Los Ángeles" \\
              --reason "Nombre adoptado por la asamblea" --minutes "Acta 2026-07"
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var amendment: AmendmentOptions
    @Argument(help: "The club's code.") var id: String
    @Option(help: "Its new name.") var name: String?
    @Option(help: "Its federation's code; none when it leaves its federation.") var federation: String?
    @Option(help: "The city abroad.") var city: String?
    @Option(help: "The state or province abroad.") var state: String?
    @Option(help: "The country abroad.") var country: String?

    func run() throws {
        try global.perform { context in
            let club: PartyID = try OptionParsing.identifier(id, "ID")
            let amendments = try amendment.amendments(
                .club(club),
                [
                    (.name, name, "--name"), (.federation, federation, "--federation"), (.cityAbroad, city, "--city"),
                    (.stateAbroad, state, "--state"), (.countryAbroad, country, "--country"),
                ])
            try context.openEither().amend(amendments)
            AmendmentPrinting.print(amendments, context)
        }
    }
}
