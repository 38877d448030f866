import ArgumentParser
import CuentasCore

struct PledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pledge", abstract: "Record a party's commitment agreed outside the scheme (an extra contribution).",
        discussion:
            "Example: cuentas pledge 3X1-2024-002 --party MUN-JEREZ --amount 150000 --date 2024-06-01 --note \"Cabildo agreement 14/2024\"")

    @OptionGroup var options: ProjectRecordingOptions
    @Option(help: "The party that commits.") var party: String
    @Option(help: "The amount, in the project's currency.") var amount: String

    func run() throws {
        try options.withProject { context, store, project in
            let money = try AmountParser.positiveMoney(
                amount, currency: project.currency, style: options.recording.style, field: "--amount")
            let pledge = Pledge(
                folio: project.folio, partyID: try OptionParsing.identifier(party, "--party"), amount: money, schemeID: nil, capBound: false
            )
            try options.record(
                .pledge(pledge), in: store, context,
                saying:
                    context.say("compromiso de \(party) por \(context.money(money)).", "pledge of \(context.money(money)) by \(party)."))
        }
    }
}
