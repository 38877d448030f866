import ArgumentParser
import CuentasCore
import CuentasRender
import CuentasStatements

struct ReceiptShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print a donation's receipt: where its money went, to the project it paid for.",
        discussion: """
            The code may be typed in any case, with or without its hyphen; a mistyped character is caught by its check symbol.
            Example: cuentas receipt 7KQ2M-XW4RP --base-url https://cuentas.example.org/
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The receipt's code, as printed on it (10 letters and digits).") var code: String
    @OptionGroup var asOf: AsOfOption
    @Option(help: "The address the site is published at (as given to `publish --base-url`): prints the receipt page's address.")
    var baseURL: String?

    func run() throws {
        try global.perform { context in
            let receiptCode: ReceiptCode
            do {
                receiptCode = try ReceiptCode(parsing: code)
            } catch let error as ReceiptCodeError {
                throw CommandFailure(message: error.message(in: context.language))
            }
            let date = try asOf.date
            let base = try SiteAddressOption.parse(baseURL, context)
            let store = try context.openEither()
            guard let club = try store.club(ofReceipt: receiptCode),
                let receipt = DonationReceipt(code: receiptCode, state: try store.clubState(club), asOf: date)
            else {
                throw CommandFailure(
                    message: context.say(
                        "ningún donativo lleva el recibo \(receiptCode.text)", "no donation carries receipt \(receiptCode.text)"))
            }
            let translation = try HTMLRenderer().translation(context.language)
            print(
                StatementText(translation: translation).receipt(receipt, address: base.map { $0 + SitePath.receipt(receiptCode) }),
                terminator: "")
        }
    }
}
