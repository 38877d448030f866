import ArgumentParser
import CuentasCore

struct TransferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfer", abstract: "Record money sent from a club's fund to a project (the club's deposit).",
        discussion: """
            Example: cuentas transfer --club CLUB-JEREZ-LA --project 3X1-2024-001 --sent 10000 --fee 25 \\
              --rate 16.95 --rate-source "Remitly receipt" --market-rate 17.12 --reference RM-5521 --date 2024-05-10
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var recording: RecordingOptions
    @OptionGroup var money: RemittanceOptions
    @Option(help: "The club whose fund sends.") var club: String
    @Option(help: "The project that receives.") var project: String

    func run() throws {
        try global.perform { context in
            let store = try context.openEither()
            let (sender, target) = try context.sender(club: club, project: project, in: store)
            let remittance = try money.remittance(
                sentCurrency: sender.fundCurrency, receivedCurrency: target.currency, style: recording.style)
            let movement = try store.record(
                try recording.draft(.transfer(Transfer(clubID: sender.id, folio: target.folio, remittance: remittance))))
            context.recorded(
                movement,
                context.say(
                    "envío de \(context.money(remittance.sent)) (comisión \(context.money(remittance.fee))) de \(sender.id); llegaron \(context.money(remittance.received)) a \(target.folio).",
                    "transfer of \(context.money(remittance.sent)) (fee \(context.money(remittance.fee))) from \(sender.id); \(context.money(remittance.received)) arrived at \(target.folio)."
                ))
        }
    }
}
