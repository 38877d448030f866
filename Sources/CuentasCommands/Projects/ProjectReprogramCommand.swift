import ArgumentParser
import CuentasCore

struct ProjectReprogramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reprogram", abstract: "Move a project's budget between its lines, as its committee decided.",
        discussion: """
            Each --line gives a line's new amount; the lines must still add up to the approved cost, and no line may \
            fall below what was already paid on it. The statements then show each line as approved, as modified, and \
            paid against the modified amount; payments dated from --date are checked against it.
            Example: cuentas project reprogram 3X1-2024-001 --line 1=700000 --line 2=460000 --minutes "Acta COVAM 2025-03" \\
              --reason "Más material por el tramo rocoso" --date 2025-03-10
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The project's folio.") var folio: String
    @Option(help: "A line's new amount, N=AMOUNT; repeat for each line changed.") var line: [String]
    @Option(help: "The committee's minutes that decided it.") var minutes: String
    @Option(help: "Why the budget moves.") var reason: String
    @Option(help: "From when the new amounts hold, YYYY-MM-DD. Default: today.") var date: String?
    @Option(help: "Who records it. Default: $CUENTAS_USER, else $USER.") var by: String?
    @Option(help: "How amounts are written: dot (1,234.50, the default) or comma (1.234,50).") var numberStyle: String = NumberStyle.dotDecimal.rawValue

    func run() throws {
        try global.perform { context in
            let store = try context.openLedger()
            let folioID = try OptionParsing.identifier(folio, "FOLIO")
            let project = try context.project(folioID, in: store.catalogue(onlyProjects: [folioID]))
            guard let style = NumberStyle(rawValue: numberStyle) else {
                throw InputError(field: "--number-style", value: numberStyle, expected: .oneOf(NumberStyle.allCases.map(\.rawValue)))
            }
            let changes = try line.map { text throws(InputError) in
                try BudgetReprogramming.LineChange(parsing: text, currency: project.currency, style: style, field: "--line")
            }
            let reprogramming = BudgetReprogramming(
                folio: folioID, effectiveOn: try AmendmentOptions.effectiveOn(date), lines: changes,
                minutes: try OptionParsing.text(minutes, "--minutes", maximum: TextLimits.referenceCharacters),
                reason: try OptionParsing.text(reason, "--reason", maximum: TextLimits.noteCharacters), recordedBy: try AmendmentOptions.recorder(by))
            try store.reprogram(reprogramming)
            for change in changes {
                print(context.say(
                    "\(folioID), línea \(change.number): \(MoneyFormatter.format(change.amount, in: .spanish)) desde el \(reprogramming.effectiveOn.formatted(in: .spanish)).",
                    "\(folioID), line \(change.number): \(MoneyFormatter.format(change.amount, in: .english)) from \(reprogramming.effectiveOn.formatted(in: .english))."))
            }
        }
    }
}
