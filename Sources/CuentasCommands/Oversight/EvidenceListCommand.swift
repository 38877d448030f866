import ArgumentParser
import CuentasCore

struct EvidenceListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List a project's evidence files.", discussion: "Example: cuentas evidence list 3X1-2024-001")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The project's folio.") var folio: String

    func run() throws {
        try global.perform { context in
            let oversight = try context.openEither().oversight(folio: try OptionParsing.identifier(folio, "FOLIO"))
            if oversight.evidence.isEmpty { print(context.say("\(folio): sin evidencias.", "\(folio): no evidence.")) }
            for item in oversight.evidence {
                let about = item.movementID.map { " #\($0)" } ?? item.visitID.map { context.say(" visita \($0)", " visit \($0)") } ?? ""
                print(
                    "\(item.id)\t\(item.recordedAt.prefix(10))\(about)\t\(item.mediaType.rawValue)\t\(item.size)\t\(item.digest)\t\(item.fileName)\t\(item.caption)"
                )
                if let check = item.invoiceCheck { print("\t" + context.say("factura revisada: ", "invoice checked: ") + check) }
            }
        }
    }
}
