import ArgumentParser
import CuentasCore

struct ProjectAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Propose a project with its budget. The budget lines must add up to the cost.",
        discussion: """
            Example: cuentas project add 3X1-2024-001 --kind infrastructure \\
              --title-es "Pavimentación de la calle Hidalgo" --title-en "Paving Hidalgo Street" \\
              --municipality MUN-JEREZ --locality "Ermita de Guadalupe" --club CLUB-JEREZ-LA \\
              --cost 2400000 --line "Materiales=1500000" --line "Mano de obra=900000" --proposed-on 2024-01-15
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The folio, e.g. 3X1-2024-001.") var folio: String
    @Option(help: "What the project builds or funds.") var kind: ProjectKind
    @Option(help: "Title in Spanish.") var titleEs: String
    @Option(help: "Title in English.") var titleEn: String
    @Option(help: "Description in Spanish.") var descriptionEs: String = ""
    @Option(help: "Description in English.") var descriptionEn: String = ""
    @Option(help: "The municipal government where the work is done.") var municipality: String
    @Option(help: "The town or village (localidad).") var locality: String
    @Option(help: "A sponsoring club; repeat for several.") var club: [String]
    @Option(help: "Who executes the work. Default: the municipality.") var executingAgency: String?
    @Option(help: "The total cost.") var cost: String
    @Option(help: "The currency of the project.") var currency: String = "MXN"
    @Option(help: "A budget line, CONCEPT=AMOUNT; repeat for each line, in order.") var line: [String]
    @Option(help: "The date of the proposal, YYYY-MM-DD. Default: today.") var proposedOn: String?
    @Option(help: "How amounts are written: dot (1,234.50) or comma (1.234,50).") var numberStyle: NumberStyle = .dotDecimal

    func validate() throws {
        if club.isEmpty { throw global.refuse("indique al menos un --club", "give at least one --club") }
        if line.isEmpty {
            throw global.refuse("indique al menos una partida --line CONCEPTO=MONTO", "give at least one budget --line CONCEPT=AMOUNT")
        }
    }

    func run() throws {
        try global.perform { context in
            let style = numberStyle
            let currencyCode = try CurrencyCode(currency)
            let total = try AmountParser.positiveMoney(cost, currency: currencyCode, style: style, field: "--cost")
            var lines: [BudgetLine] = []
            for (index, text) in line.enumerated() {
                guard let separator = text.lastIndex(of: "=") else {
                    throw InputError(field: "--line", value: text, expected: .oneOf(["CONCEPT=AMOUNT"]))
                }
                let concept = try OptionParsing.text(String(text[..<separator]), "--line", maximum: TextLimits.titleCharacters)
                let amount = try AmountParser.positiveMoney(
                    String(text[text.index(after: separator)...]), currency: currencyCode, style: style, field: "--line")
                lines.append(BudgetLine(number: index + 1, concept: concept, amount: amount))
            }
            let linesTotal = MoneyTotal(summing: lines.map(\.amount), currency: currencyCode)
            guard linesTotal == MoneyTotal(total) else {
                throw CommandFailure(
                    message: context.say(
                        "--line: las partidas suman \(context.money(linesTotal)) y --cost es \(context.money(total)); deben ser iguales",
                        "--line: the budget lines add up to \(context.money(linesTotal)) and --cost is \(context.money(total)); they must be equal"
                    ))
            }
            let municipalityID: PartyID = try OptionParsing.identifier(municipality, "--municipality")
            let project = Project(
                folio: try OptionParsing.identifier(folio, "FOLIO"),
                title: LocalizedText(
                    spanish: try OptionParsing.text(titleEs, "--title-es", maximum: TextLimits.titleCharacters),
                    english: try OptionParsing.text(titleEn, "--title-en", maximum: TextLimits.titleCharacters)),
                description: LocalizedText(
                    spanish: try TextLimits.validated(
                        descriptionEs, field: "--description-es", maximumCharacters: TextLimits.descriptionCharacters, allowsEmpty: true,
                        allowsNewlines: true),
                    english: try TextLimits.validated(
                        descriptionEn, field: "--description-en", maximumCharacters: TextLimits.descriptionCharacters, allowsEmpty: true,
                        allowsNewlines: true)),
                kind: kind, municipalityID: municipalityID,
                locality: try OptionParsing.text(locality, "--locality"),
                sponsorClubIDs: try club.map { text throws(InputError) in try OptionParsing.identifier(text, "--club") },
                executingAgencyID: try executingAgency.map { text throws(InputError) in
                    try OptionParsing.identifier(text, "--executing-agency")
                } ?? municipalityID,
                approvedCost: total, budgetLines: lines,
                proposedOn: try OptionParsing.eventDate(proposedOn, "--proposed-on"))
            try context.openEither().addProject(project)
            print(
                context.say(
                    "Proyecto \(project.folio) propuesto: \(context.money(total)) en \(lines.count) partidas.",
                    "Project \(project.folio) proposed: \(context.money(total)) in \(lines.count) budget lines."))
        }
    }
}
