import ArgumentParser
import CuentasCore
import CuentasRender
import CuentasStore
import Foundation

struct SchemeShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a scheme, and what each party would pay for a given cost.",
        discussion: "Example: cuentas scheme show 3x1-infrastructure --cost 4500000")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The scheme's id.") var id: String
    @Option(help: "A cost to apply the scheme to, in the scheme's currency.") var cost: String?
    @Option(help: "How amounts are written: dot (1,234.50) or comma (1.234,50).") var numberStyle: NumberStyle = .dotDecimal

    func run() throws {
        try global.perform { context in
            let schemeID: SchemeID = try OptionParsing.identifier(id, "ID")
            guard let scheme = try context.openEither().catalogue().schemes[schemeID] else {
                throw ApprovalError.unknownScheme(schemeID)
            }
            print(SchemeReport.text(scheme, context.language))
            guard let cost else { return }
            let style = numberStyle
            let amount = try AmountParser.positiveMoney(cost, currency: scheme.currency, style: style, field: "--cost")
            let allocation = try scheme.allocate(cost: amount)
            print("")
            print(SchemeReport.allocationText(allocation, context.language))
        }
    }
}
