import ArgumentParser
import CuentasCore

/// Complaints and observations on a project, and the official's answers.
struct ComplaintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complaint", abstract: "Record a complaint or observation on a project, answer one, or list them.",
        subcommands: [ComplaintAddCommand.self, ComplaintAnswerCommand.self, ComplaintListCommand.self])
}

extension Complaint.Kind: ExpressibleByArgument {}
extension Complaint.Origin: ExpressibleByArgument {}

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
            let writtenOn = try date.map { text throws(InputError) in try CommandContext.dateBounds().date(parsing: text, field: "--date") } ?? CommandContext.today
            let complaint = try context.openLedger().addComplaint(
                folio: try OptionParsing.identifier(folio, "FOLIO"), kind: kind, origin: origin,
                author: try OptionParsing.text(author, "--author"), writtenOn: writtenOn, text: text)
            print(context.say(
                "Queja #\(complaint.id) sobre \(folio) registrada; la autoridad del proyecto debe responderla.",
                "Complaint #\(complaint.id) on \(folio) recorded; the project's official must answer it."))
        }
    }
}

struct ComplaintAnswerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer", abstract: "Record the official's answer to a complaint (once).",
        discussion: "Example: cuentas complaint answer 4 --date 2024-10-20 --text \"El estado no ha depositado; la obra sigue en noviembre.\"")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The complaint's number.") var id: WholeNumber
    @Option(help: "The day of the answer, YYYY-MM-DD. Default: today.") var date: String?
    @Option(help: "The answer.") var text: String
    @Option(help: "Who answers. Default: $CUENTAS_USER, else $USER.") var by: String?

    func run() throws {
        try global.perform { context in
            let answeredOn = try date.map { text throws(InputError) in try CommandContext.dateBounds().date(parsing: text, field: "--date") } ?? CommandContext.today
            let complaint = try context.openLedger().answerComplaint(
                id.value, answeredOn: answeredOn, text: text, answeredBy: try OversightOptions.recorder(by))
            print(context.say("Queja #\(complaint.id) respondida el \(answeredOn.isoText).", "Complaint #\(complaint.id) answered on \(answeredOn.isoText)."))
        }
    }
}

struct ComplaintListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List a project's complaints and observations, open ones flagged when overdue.",
        discussion: "Example: cuentas complaint list 3X1-2024-001")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The project's folio.") var folio: String
    @Option(help: "Days an official has to answer before a complaint is flagged.") var answerWithin: WholeNumber?

    func run() throws {
        try global.perform { context in
            let rule = ComplaintRule(answerWithinDays: max(1, answerWithin?.int ?? ComplaintRule.standard.answerWithinDays))
            let today = CommandContext.today
            let complaints = try context.openLedger().oversight(folio: try OptionParsing.identifier(folio, "FOLIO")).complaints
            if complaints.isEmpty { print(context.say("\(folio): sin quejas ni observaciones.", "\(folio): no complaints or observations.")) }
            for complaint in complaints {
                let state: String
                if let answer = complaint.answer {
                    state = context.say("respondida el \(answer.answeredOn.isoText)", "answered on \(answer.answeredOn.isoText)")
                } else {
                    let age = rule.age(of: complaint, asOf: today)
                    state = context.say("abierta, \(age) días", "open, \(age) days") + (rule.isOverdue(complaint, asOf: today) ? context.say(" (VENCIDA)", " (OVERDUE)") : "")
                }
                print("#\(complaint.id)\t\(complaint.writtenOn.isoText)\t\(complaint.kind.rawValue)\t\(complaint.origin.rawValue)\t\(state)\t\(complaint.text)")
            }
        }
    }
}
