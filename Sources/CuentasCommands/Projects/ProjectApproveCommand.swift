import ArgumentParser
import CuentasCore
import CuentasRender

struct ProjectApproveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Record the validation committee's approval; the scheme sets each party's pledge.",
        discussion: """
            Example: cuentas project approve 3X1-2024-001 --scheme 3x1-classic --session-date 2024-02-20 \\
              --minutes "COVAM-ZAC-2024-03" --date 2024-02-20
            For a scheme split by agreement: --agreed state=30 --agreed municipal=20
            """)

    @OptionGroup var options: ProjectRecordingOptions
    @Option(help: "The matching scheme.") var scheme: String
    @Option(help: "The date of the committee's session, YYYY-MM-DD.") var sessionDate: String
    @Option(help: "The reference of the session's minutes (acta).") var minutes: String
    @Option(help: "ROLE=PARTS for a split by agreement (state=30); repeat for each role of the split.") var agreed: [String] = []

    func run() throws {
        try options.global.perform { context in
            let agreedParts = try Approval.agreedParts(parsing: agreed, field: "--agreed")
            let result = try context.openEither().approve(
                folio: try options.folioID, schemeID: try OptionParsing.identifier(scheme, "--scheme"),
                agreedParts: agreedParts, sessionDate: try OptionParsing.eventDate(sessionDate, "--session-date"),
                minutesReference: try OptionParsing.text(minutes, "--minutes", maximum: TextLimits.referenceCharacters),
                occurredOn: try options.recording.occurredOn(), recordedBy: try options.recording.recorder.name,
                note: options.recording.note
            )
            print(
                context.say(
                    "Proyecto \(options.folio) aprobado (movimiento #\(result.movements[0].id)). Compromisos:",
                    "Project \(options.folio) approved (movement #\(result.movements[0].id)). Pledges:"))
            var table = TextTable([
                ("#", .right), (context.say("Parte", "Party"), .left), (context.say("Papel", "Role"), .left),
                (context.say("Monto", "Amount"), .right), ("", .left),
            ])
            for (movement, entry) in zip(result.movements.dropFirst(), result.plan.entries) {
                table.add([
                    "\(movement.id)", entry.partyID.text, entry.role.name(in: context.language), context.money(entry.amount),
                    entry.capBound ? context.say("tope alcanzado", "cap bound") : "",
                ])
            }
            print(table.rendered())
        }
    }
}
