import ArgumentParser
import CuentasCore

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
            let store = try context.openEither()
            let (sender, target) = try context.sender(club: club, project: project, in: store)
            let sending = try SendingInput(
                sent: sent, fee: fee, rate: rate, rateSource: rateSource, marketRate: marketRate, provider: provider, reference: reference
            ).sending(club: sender, project: target, style: recording.style)
            let movement = try store.record(try recording.draft(.sending(sending)))
            context.recorded(
                movement,
                context.say(
                    "envío de \(context.money(sending.sent)) (comisión \(context.money(sending.fee))) de \(sender.id) a \(target.folio) por \(sending.provider), en camino hasta que el municipio confirme su llegada (cuentas sending arrival --sending \(movement.id)).",
                    "sending of \(context.money(sending.sent)) (fee \(context.money(sending.fee))) from \(sender.id) to \(target.folio) through \(sending.provider), in transit until the municipality confirms its arrival (cuentas sending arrival --sending \(movement.id))."
                ))
        }
    }
}
