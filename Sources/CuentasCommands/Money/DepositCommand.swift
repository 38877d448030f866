import ArgumentParser
import CuentasCore

struct DepositCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deposit", abstract: "Record a party's money arriving in the project account.",
        discussion: """
            Government deposit:  cuentas deposit 3X1-2024-001 --party ZAC --received 300000 --reference SPEI-0042 --date 2024-05-02
            From abroad:         cuentas deposit 3X1-2024-001 --party CLUB-JEREZ-LA --sent 5000 --sent-currency USD --fee 15 \\
                                   --rate 16.92 --rate-source "Bank receipt" --market-rate 17.05 --reference MTCN-88412 --date 2024-05-10
            """)

    @OptionGroup var options: ProjectRecordingOptions
    @OptionGroup var money: RemittanceOptions
    @Option(help: "The party whose money it is.") var party: String

    func run() throws {
        try options.withProject { context, store, project in
            let remittance = try money.remittance(
                sentCurrency: project.currency, receivedCurrency: project.currency, style: options.recording.style)
            let deposit = Deposit(folio: project.folio, partyID: try OptionParsing.identifier(party, "--party"), remittance: remittance)
            try options.record(
                .deposit(deposit), in: store, context,
                saying:
                    context.say(
                        "depósito de \(party) por \(context.money(remittance.received)) en \(project.folio).",
                        "deposit of \(context.money(remittance.received)) by \(party) to \(project.folio)."))
        }
    }
}
