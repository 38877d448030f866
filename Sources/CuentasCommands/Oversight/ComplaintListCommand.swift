import ArgumentParser
import CuentasCore

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
            let complaints = try context.openEither().oversight(folio: try OptionParsing.identifier(folio, "FOLIO")).complaints
            if complaints.isEmpty {
                print(context.say("\(folio): sin quejas ni observaciones.", "\(folio): no complaints or observations."))
            }
            for complaint in complaints {
                let state: String
                if let answer = complaint.answer {
                    state = context.say("respondida el \(answer.answeredOn.isoText)", "answered on \(answer.answeredOn.isoText)")
                } else {
                    let age = rule.age(of: complaint, asOf: today)
                    state =
                        context.say("abierta, \(age) días", "open, \(age) days")
                        + (rule.isOverdue(complaint, asOf: today) ? context.say(" (VENCIDA)", " (OVERDUE)") : "")
                }
                print(
                    "#\(complaint.id)\t\(complaint.writtenOn.isoText)\t\(complaint.kind.rawValue)\t\(complaint.origin.rawValue)\t\(state)\t\(complaint.text)"
                )
            }
        }
    }
}
