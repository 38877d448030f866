import ArgumentParser
import CuentasCore

struct SendingListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List a club's sendings not confirmed on arrival, with their age.",
        discussion: "Example: cuentas sending list --club CLUB-JEREZ-LA")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The club.") var club: String
    @Option(help: "The date to count days to, YYYY-MM-DD. Default: today.") var asOf: String?
    @OptionGroup var transit: TransitOptions

    func run() throws {
        try global.perform { context in
            let clubID: PartyID = try OptionParsing.identifier(club, "--club")
            let state = try context.openEither().clubState(clubID)
            let today = try OptionParsing.dateOrToday(asOf, "--as-of")
            let tracks = state.sendingTracks(among: state.clubMovementIDs[clubID, default: []], asOf: today, rule: transit.rule).filter(
                \.isInTransit)
            if tracks.isEmpty { print(context.say("Nada en camino.", "Nothing in transit.")) }
            for track in tracks {
                guard case .inTransit(let days, let late) = track.outcome else { continue }
                let flag = late ? context.say("  SIN CONFIRMAR", "  NOT CONFIRMED") : ""
                print(
                    "#\(track.movementID)  \(track.sentOn.isoText)  \(context.money(track.sending.sent))  \(track.sending.folio)  \(track.sending.provider)  "
                        + context.say("\(days) días", "\(days) days") + flag)
            }
        }
    }
}
