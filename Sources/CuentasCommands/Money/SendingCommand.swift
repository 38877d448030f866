import ArgumentParser
import CuentasCore
import CuentasStore

/// A club's money sent in two steps, each recorded by its own side: the treasurer records the sending (the fund is
/// debited, the money is in transit), the executing agency's official records the arrival (the club's deposit), or the
/// treasurer records that the bank returned it.
struct SendingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sending", abstract: "Money sent from a club's fund, in transit until the project's side confirms it.",
        subcommands: [SendingRecordCommand.self, SendingArrivalCommand.self, SendingReturnCommand.self, SendingListCommand.self])
}

struct SendingRecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record", abstract: "Record a sending: the club's fund is debited and the money is in transit.",
        discussion: """
            Example: cuentas sending record --club CLUB-JEREZ-LA --project 3X1-2024-001 --sent 5000 --fee 12 \\
              --rate 17.10 --rate-source "Cotización Remesas Uno" --market-rate 17.32 --provider "Remesas Uno" \\
              --reference MTCN-88120 --date 2025-04-15
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var recording: RecordingOptions
    @Option(help: "The club whose fund sends.") var club: String
    @Option(help: "The project it is sent to.") var project: String
    @Option(help: "The amount sent, in the fund's currency (fee not included).") var sent: String
    @Option(help: "The fee, in the fund's currency, paid on top.") var fee: String = "0"
    @Option(help: "The rate the provider quoted (project currency per unit sent). Default: 1.") var rate: String?
    @Option(help: "Where the quoted rate came from.") var rateSource: String?
    @Option(help: "The market rate of the day, to measure the exchange margin.") var marketRate: String?
    @Option(help: "Who carries the money: the bank or remittance company.") var provider: String
    @Option(help: "The sender's tracking number (MTCN, wire reference, SPEI clave de rastreo).") var reference: String

    func run() throws {
        try global.perform { context in
            let store = try context.openLedger()
            let folio = try OptionParsing.identifier(project, "--project")
            let clubID = try OptionParsing.identifier(club, "--club")
            let catalogue = try store.catalogue(onlyProjects: [folio], onlyClubs: [clubID])
            let target = try context.project(folio, in: catalogue)
            let sender = try context.club(clubID, in: catalogue)
            let sending = try SendingInput(
                sent: sent, fee: fee, rate: rate, rateSource: rateSource, marketRate: marketRate, provider: provider, reference: reference
            ).sending(club: sender, project: target, style: recording.style)
            let movement = try store.record(try recording.draft(.sending(sending)))
            context.recorded(movement, context.say(
                "envío de \(context.money(sending.sent)) (comisión \(context.money(sending.fee))) de \(sender.id) a \(target.folio) por \(sending.provider), en camino hasta que el municipio confirme su llegada (cuentas sending arrival --sending \(movement.id)).",
                "sending of \(context.money(sending.sent)) (fee \(context.money(sending.fee))) from \(sender.id) to \(target.folio) through \(sending.provider), in transit until the municipality confirms its arrival (cuentas sending arrival --sending \(movement.id))."))
        }
    }
}

struct SendingArrivalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arrival", abstract: "Confirm that a sending reached the project account: it becomes the club's deposit.",
        discussion: "Example: cuentas sending arrival --sending 412 --received 85210.40 --reference EDO-CTA-2025-04-17 --date 2025-04-17")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var recording: RecordingOptions
    @Option(help: "The number of the sending's movement.") var sending: WholeNumber
    @Option(help: "What the project account received, in the project's currency (the bank statement's figure).") var received: String
    @Option(help: "The bank statement's reference.") var reference: String

    func run() throws {
        try global.perform { context in
            let store = try context.openLedger()
            let movement = try SendingInput.sending(numbered: sending.value, in: store)
            let catalogue = try store.catalogue(onlyProjects: movement.body.folio.map { [$0] } ?? [], onlyClubs: [])
            let currency = try movement.body.folio.map { folio throws(LedgerViolation) in try context.project(folio, in: catalogue).currency }
            let amount = try AmountParser.positiveMoney(received, currency: currency ?? .mexicanPeso, style: recording.style, field: "--received")
            let arrival = try Arrival(
                of: movement, received: amount,
                reference: try OptionParsing.text(reference, "--reference", maximum: TextLimits.referenceCharacters))
            let recorded = try store.record(try recording.draft(.arrival(arrival)))
            var words = context.say(
                "llegada de \(context.money(arrival.received)) del envío #\(arrival.sendingID) de \(arrival.clubID) a \(arrival.folio).",
                "arrival of \(context.money(arrival.received)) from sending #\(arrival.sendingID) of \(arrival.clubID) at \(arrival.folio).")
            if case .sending(let sent) = movement.body, let short = TransitRule.standard.shortfall(of: sent, received: arrival.received) {
                words += context.say(
                    " Llegó corto: se esperaban \(context.money(short.expected)); faltan \(context.money(short.missing)) (\(MoneyFormatter.percent(basisPoints: short.basisPoints, in: context.language))).",
                    " Arrived short: \(context.money(short.expected)) expected; \(context.money(short.missing)) missing (\(MoneyFormatter.percent(basisPoints: short.basisPoints, in: context.language))).")
            }
            context.recorded(recorded, words)
        }
    }
}

struct SendingReturnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "return", abstract: "Record a sending the bank returned: its amount is back in the club's fund (the fee is not).",
        discussion: "Example: cuentas sending return --sending 412 --reason \"Cuenta destino cerrada\" --date 2025-04-20")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var recording: RecordingOptions
    @Option(help: "The number of the sending's movement.") var sending: WholeNumber
    @Option(help: "Why it came back.") var reason: String

    func run() throws {
        try global.perform { context in
            let store = try context.openLedger()
            let movement = try SendingInput.sending(numbered: sending.value, in: store)
            let returned = try SendingReturn(of: movement, reason: try OptionParsing.text(reason, "--reason", maximum: TextLimits.noteCharacters))
            let recorded = try store.record(try recording.draft(.returned(returned)))
            context.recorded(recorded, context.say(
                "el envío #\(returned.sendingID) volvió: \(context.money(returned.sent)) de vuelta en el fondo de \(returned.clubID).",
                "sending #\(returned.sendingID) came back: \(context.money(returned.sent)) back in the fund of \(returned.clubID)."))
        }
    }
}

struct SendingListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List a club's sendings not confirmed on arrival, with their age.",
        discussion: "Example: cuentas sending list --club CLUB-JEREZ-LA")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The club.") var club: String
    @Option(help: "The date to count days to, YYYY-MM-DD. Default: today.") var asOf: String?

    func run() throws {
        try global.perform { context in
            let clubID = try OptionParsing.identifier(club, "--club")
            let state = try context.openLedger().clubState(clubID)
            let today = try asOf.map { text throws(InputError) in try CalendarDate(parsing: text, field: "--as-of") } ?? CalendarDate.today()
            let tracks = state.sendingTracks(among: state.clubMovementIDs[clubID, default: []], asOf: today).filter(\.isInTransit)
            if tracks.isEmpty { print(context.say("Nada en camino.", "Nothing in transit.")) }
            for track in tracks {
                guard case .inTransit(let days, let late) = track.outcome else { continue }
                let flag = late ? context.say("  SIN CONFIRMAR", "  NOT CONFIRMED") : ""
                print("#\(track.movementID)  \(track.sentOn.isoText)  \(context.money(track.sending.sent))  \(track.sending.folio)  \(track.sending.provider)  "
                    + context.say("\(days) días", "\(days) days") + flag)
            }
        }
    }
}
