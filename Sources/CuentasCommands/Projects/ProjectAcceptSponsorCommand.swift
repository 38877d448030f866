import ArgumentParser
import CuentasCore

struct ProjectAcceptSponsorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept-sponsor", abstract: "Record that a club's treasurer accepts to sponsor a project it was proposed for.",
        discussion: """
            An official who names a club of another municipality only proposes it; none of that club's money is pledged \
            until its treasurer accepts (in the web app, or here for a treasurer without it).
            Example: cuentas project accept-sponsor 3X1-2026-014 --club CLUB-JEREZ-LA --by "Tesorería del club"
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The project's folio.") var folio: String
    @Option(help: "The club that accepts.") var club: String
    @Option(help: "Who accepts for the club. Default: $CUENTAS_USER, else $USER.") var by: String?

    func run() throws {
        try global.perform { context in
            let folioID: Folio = try OptionParsing.identifier(folio, "FOLIO")
            let clubID: PartyID = try OptionParsing.identifier(club, "--club")
            try context.openEither().acceptSponsorship(folio: folioID, club: clubID, by: try OptionParsing.recorder(by))
            print(
                context.say(
                    "El club \(clubID) patrocina el proyecto \(folioID): ya se pueden registrar sus compromisos.",
                    "Club \(clubID) sponsors project \(folioID): its pledges may be recorded now."))
        }
    }
}
