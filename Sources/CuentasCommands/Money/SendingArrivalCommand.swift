import ArgumentParser
import CuentasCore

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
            let store = try context.openEither()
            let movement = try SendingInput.sending(numbered: sending.value, in: store)
            let catalogue = try store.catalogue(onlyProjects: movement.body.folio.map { [$0] } ?? [], onlyClubs: [])
            let currency = try movement.body.folio.map { folio throws(LedgerViolation) in try context.project(folio, in: catalogue).currency
            }
            let amount = try AmountParser.positiveMoney(
                received, currency: currency ?? .mexicanPeso, style: recording.style, field: "--received")
            let arrival = try Arrival(
                of: movement, received: amount,
                reference: try OptionParsing.text(reference, "--reference", maximum: TextLimits.referenceCharacters))
            let recorded = try store.record(try recording.draft(.arrival(arrival)))
            var words = context.say(
                "llegada de \(context.money(arrival.received)) del envío #\(arrival.sendingID) de \(arrival.clubID) a \(arrival.folio).",
                "arrival of \(context.money(arrival.received)) from sending #\(arrival.sendingID) of \(arrival.clubID) at \(arrival.folio)."
            )
            if case .sending(let sent) = movement.body, let short = TransitRule.standard.shortfall(of: sent, received: arrival.received) {
                words += context.say(
                    " Llegó corto: se esperaban \(context.money(short.expected)); faltan \(context.money(short.missing)) (\(MoneyFormatter.percent(basisPoints: short.basisPoints, in: context.language))).",
                    " Arrived short: \(context.money(short.expected)) expected; \(context.money(short.missing)) missing (\(MoneyFormatter.percent(basisPoints: short.basisPoints, in: context.language)))."
                )
            }
            context.recorded(recorded, words)
        }
    }
}
