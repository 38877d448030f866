import ArgumentParser
import CuentasCore

struct ComplaintAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Record a complaint or an observation; the project's official must answer it.",
        discussion: """
            Example: cuentas complaint add 3X1-2024-001 --from committee --author "Comité de obra" --date 2024-10-02 \
            --text "La obra está parada desde agosto y nadie nos dice por qué."
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The project's folio.") var folio: String
    @Option(help: "complaint (queja) or observation (observación).") var kind: Complaint.Kind = .complaint
    @Option(name: .customLong("from"), help: "Who raises it: committee, treasurer or auditor.") var origin: Complaint.Origin
    @Option(help: "Who signs it (shown by role on published pages).") var author: String
    @Option(help: "The day it was written, YYYY-MM-DD. Default: today.") var date: String?
    @Option(help: "What is wrong or asked.") var text: String

    func run() throws {
        try global.perform { context in
            let writtenOn = try OptionParsing.eventDate(date, "--date")
            let complaint = try context.openEither().addComplaint(
                folio: try OptionParsing.identifier(folio, "FOLIO"), kind: kind, origin: origin,
                author: try OptionParsing.text(author, "--author"), writtenOn: writtenOn, text: text)
            print(
                context.say(
                    "Queja #\(complaint.id) sobre \(folio) registrada; la autoridad del proyecto debe responderla.",
                    "Complaint #\(complaint.id) on \(folio) recorded; the project's official must answer it."))
        }
    }
}
