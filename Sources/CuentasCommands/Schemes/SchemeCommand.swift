import ArgumentParser
import CuentasCore
import CuentasRender
import CuentasStore
import Foundation

struct SchemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scheme", abstract: "Matching schemes (3x1, 2x1, productive…), kept as data.",
        subcommands: [SchemeAddCommand.self, SchemeListCommand.self, SchemeShowCommand.self])
}

struct SchemeAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add matching schemes from JSON files (format: SampleData/README.md).",
        discussion: "Example: cuentas scheme add SampleData/schemes/*.json")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Scheme files.") var files: [String]

    func run() throws {
        try global.perform { context in
            let store = try context.openLedger()
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw CommandFailure(message: context.say("\(file): no se puede leer", "\(file): cannot be read"))
                }
                do {
                    let scheme = try store.addScheme(json: data)
                    print(context.say("Esquema \(scheme.id) agregado desde \(file).", "Scheme \(scheme.id) added from \(file)."))
                } catch let error as StoreError {
                    throw CommandFailure(message: "\(file): " + error.explanation(in: context.language))
                }
            }
        }
    }
}

struct SchemeListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the matching schemes.", discussion: "Example: cuentas scheme list")

    @OptionGroup var global: GlobalOptions
    @Option(help: "text or json.") var format: OutputFormat = .text

    func run() throws {
        try global.perform { context in
            let schemes = try context.openLedger().catalogue().schemes.values.sorted { $0.id < $1.id }
            switch format {
            case .json: print(JSONOutput.render(schemes.map(SchemeReport.json)))
            case .text:
                var table = TextTable([
                    (context.say("Esquema", "Scheme"), .left), (context.say("Nombre", "Name"), .left),
                    (context.say("Partes", "Shares"), .left),
                ])
                for scheme in schemes {
                    table.add([scheme.id.text, scheme.name.text(in: context.language), SchemeReport.sharesSummary(scheme, context.language)])
                }
                print(table.rendered())
            }
        }
    }
}

struct SchemeShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show a scheme, and what each party would pay for a given cost.",
        discussion: "Example: cuentas scheme show 3x1-infrastructure --cost 4500000")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The scheme's id.") var id: String
    @Option(help: "A cost to apply the scheme to, in the scheme's currency.") var cost: String?
    @Option(help: "dot (1,234.50) or comma (1.234,50).") var numberStyle: String = "dot"

    func run() throws {
        try global.perform { context in
            let schemeID = try OptionParsing.identifier(id, "ID")
            guard let scheme = try context.openLedger().catalogue().schemes[schemeID] else {
                throw ApprovalError.unknownScheme(schemeID)
            }
            print(SchemeReport.text(scheme, context.language))
            guard let cost else { return }
            let style = NumberStyle(rawValue: numberStyle) ?? .dotDecimal
            let amount = try AmountParser.positiveMoney(cost, currency: scheme.currency, style: style, field: "--cost")
            let allocation = try scheme.allocate(cost: amount)
            print("")
            print(SchemeReport.allocationText(allocation, context.language))
        }
    }
}
