import ArgumentParser
import CuentasCore
import CuentasRender
import CuentasStore
import Foundation

struct SchemeListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the matching schemes.", discussion: "Example: cuentas scheme list")

    @OptionGroup var global: GlobalOptions
    @Option(help: "text or json.") var format: OutputFormat = .text

    func run() throws {
        try global.perform { context in
            let schemes = try context.openEither().catalogue().schemes.values.sorted { $0.id < $1.id }
            switch format {
            case .json: print(JSONOutput.render(schemes.map(SchemeReport.json)))
            case .text:
                var table = TextTable([
                    (context.say("Esquema", "Scheme"), .left), (context.say("Nombre", "Name"), .left),
                    (context.say("Partes", "Shares"), .left),
                ])
                for scheme in schemes {
                    table.add([
                        scheme.id.text, scheme.name.text(in: context.language), SchemeReport.sharesSummary(scheme, context.language),
                    ])
                }
                print(table.rendered())
            }
        }
    }
}
