import ArgumentParser
import CuentasCore

struct RefundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refund", abstract: "Record project money returned to a party (a cancelled project's leftover).",
        discussion:
            "Example: cuentas refund 3X1-2024-007 --party CLUB-VILLANUEVA-CHI --amount 85000 --reference SPEI-7710 --date 2025-09-01")

    @OptionGroup var options: ProjectRecordingOptions
    @Option(help: "The party that gets its money back.") var party: String
    @Option(help: "The amount, in the project's currency.") var amount: String
    @Option(help: "The bank reference of the refund.") var reference: String

    func run() throws {
        try options.withProject { context, store, project in
            let refund = Refund(
                folio: project.folio, partyID: try OptionParsing.identifier(party, "--party"),
                amount: try AmountParser.positiveMoney(
                    amount, currency: project.currency, style: options.recording.style, field: "--amount"),
                reference: try OptionParsing.text(reference, "--reference", maximum: TextLimits.referenceCharacters))
            try options.record(
                .refund(refund), in: store, context,
                saying:
                    context.say(
                        "reembolso de \(context.money(refund.amount)) a \(party) desde \(project.folio).",
                        "refund of \(context.money(refund.amount)) to \(party) from \(project.folio)."))
        }
    }
}
