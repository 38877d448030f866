import ArgumentParser
import CuentasCore

struct ComplaintAnswerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer", abstract: "Record the official's answer to a complaint (once).",
        discussion:
            "Example: cuentas complaint answer 4 --date 2024-10-20 --text \"El estado no ha depositado; la obra sigue en noviembre.\"")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The complaint's number.") var id: WholeNumber
    @Option(help: "The day of the answer, YYYY-MM-DD. Default: today.") var date: String?
    @Option(help: "The answer.") var text: String
    @Option(help: "Who answers. Default: $CUENTAS_USER, else $USER.") var by: String?

    func run() throws {
        try global.perform { context in
            let answeredOn = try OptionParsing.eventDate(date, "--date")
            let complaint = try context.openEither().answerComplaint(
                id.value, answeredOn: answeredOn, text: text, answeredBy: try OptionParsing.recorder(by))
            print(
                context.say(
                    "Queja #\(complaint.id) respondida el \(answeredOn.isoText).",
                    "Complaint #\(complaint.id) answered on \(answeredOn.isoText)."))
        }
    }
}
