import ArgumentParser
import CuentasCore

struct ProjectReprogramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reprogram", abstract: "Move a project's budget between its lines, as its committee decided.",
        discussion: """
            Each --line gives a line's new amount; the lines must still add up to the approved cost, and no line may \
            fall below what was already paid on it. The statements then show each line as approved, as modified, and \
            paid against the modified amount; payments dated from --date are checked against it. With --cost the \
            approved cost changes too (a new approval of the cost): in the same transaction the scheme's pledges are \
            recorded for the new cost and those for the old one reversed.
            Example: cuentas project reprogram 3X1-2024-001 --line 1=700000 --line 2=460000 --minutes "Acta COVAM 2025-03" \\
              --reason "Más material por el tramo rocoso" --date 2025-03-10
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The project's folio.") var folio: String
    @Option(help: "A line's new amount, N=AMOUNT; repeat for each line changed.") var line: [String]
    @Option(
        help: "A new approved cost (the lines must add up to it): the scheme's pledges are recorded again for it and the old ones reversed."
    )
    var cost: String?
    @Option(help: "With --cost: a split by agreement, ROLE=PARTS (as for approve).") var agreed: [String] = []
    @Option(help: "The committee's minutes that decided it.") var minutes: String
    @Option(help: "Why the budget moves.") var reason: String
    @Option(help: "From when the new amounts hold, YYYY-MM-DD. Default: today.") var date: String?
    @OptionGroup var recorder: RecorderOption
    @Option(help: "How amounts are written: dot (1,234.50) or comma (1.234,50).") var numberStyle: NumberStyle = .dotDecimal

    func run() throws {
        try global.perform { context in
            let store = try context.openEither()
            let project = try context.project(folio: folio, in: store)
            let style = numberStyle
            let changes = try line.map { text throws(InputError) in
                try BudgetReprogramming.LineChange(parsing: text, currency: project.currency, style: style, field: "--line")
            }
            let reprogramming = BudgetReprogramming(
                folio: project.folio, effectiveOn: try OptionParsing.eventDate(date, "--date"), lines: changes,
                minutes: try OptionParsing.text(minutes, "--minutes", maximum: TextLimits.referenceCharacters),
                reason: try OptionParsing.text(reason, "--reason", maximum: TextLimits.noteCharacters),
                recordedBy: try recorder.name,
                newCost: try cost.map { text throws(InputError) in
                    try AmountParser.positiveMoney(text, currency: project.currency, style: style, field: "--cost")
                })
            let movements = try store.reprogram(reprogramming, agreedParts: try Approval.agreedParts(parsing: agreed, field: "--agreed"))
            for movement in movements {
                switch movement.body {
                case .pledge(let pledge):
                    context.recorded(
                        movement,
                        context.say(
                            "compromiso de \(pledge.partyID) por \(MoneyFormatter.format(pledge.amount, in: .spanish))",
                            "pledge of \(pledge.partyID) for \(MoneyFormatter.format(pledge.amount, in: .english))"))
                case .reversal(let reversal):
                    context.recorded(
                        movement,
                        context.say("reversión del compromiso #\(reversal.movementID)", "reversal of pledge #\(reversal.movementID)"))
                default: break
                }
            }
            for change in changes {
                print(
                    context.say(
                        "\(project.folio), línea \(change.number): \(MoneyFormatter.format(change.amount, in: .spanish)) desde el \(reprogramming.effectiveOn.formatted(in: .spanish)).",
                        "\(project.folio), line \(change.number): \(MoneyFormatter.format(change.amount, in: .english)) from \(reprogramming.effectiveOn.formatted(in: .english))."
                    ))
            }
        }
    }
}
