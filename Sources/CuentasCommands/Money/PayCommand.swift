import ArgumentParser
import CuentasCore

struct PayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pay", abstract: "Record a payment from the project account against an invoice (CFDI).",
        discussion: """
            Example: cuentas pay 3X1-2024-001 --line 1 --payee "Materiales del Cañón SA de CV" --tax-id MCA0101019X3 \\
              --amount 420000 --invoice 6F9619FF-8B86-D011-B42D-00C04FC964FF --date 2024-06-15
            """)

    @OptionGroup var options: ProjectRecordingOptions
    @Option(help: "The budget line number.") var line: WholeNumber
    @Option(help: "Who is paid.") var payee: String
    @Option(help: "The payee's RFC.") var taxID: String
    @Option(help: "The amount, in the project's currency.") var amount: String
    @Option(help: "The invoice's UUID (folio fiscal).") var invoice: String
    @Option(help: "Why the payment may take the line past its budget (an explicit, recorded override).") var overrunReason: String?

    func run() throws {
        try options.withProject { context, store, project in
            let payment = Payment(
                folio: project.folio, budgetLine: line.int, payee: try OptionParsing.text(payee, "--payee"),
                payeeTaxID: try TaxID.validated(taxID, field: "--tax-id"),
                amount: try AmountParser.positiveMoney(
                    amount, currency: project.currency, style: options.recording.style, field: "--amount"),
                invoiceUUID: try InvoiceUUID.validated(invoice, field: "--invoice"),
                overrunReason: try OptionParsing.optionalText(overrunReason, "--overrun-reason", maximum: TextLimits.noteCharacters))
            try options.record(
                .payment(payment), in: store, context,
                saying:
                    context.say(
                        "pago de \(context.money(payment.amount)) a \(payment.payee), partida \(line) de \(project.folio).",
                        "payment of \(context.money(payment.amount)) to \(payment.payee), line \(line) of \(project.folio)."))
        }
    }
}
