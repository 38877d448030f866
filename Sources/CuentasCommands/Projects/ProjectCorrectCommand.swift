import ArgumentParser
import CuentasCore

struct ProjectCorrectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct", abstract: "Correct a project's title, description, locality or executing agency, or set its planned end.",
        discussion: """
            The project's row is never edited: each change is an amendment beside it, dated, with who recorded it, why \
            and the minutes, listed in the history section of the project's statement.
            Example: cuentas project correct 3X1-2024-001 --title-es "Rehabilitación del camino a Las Huertas" \\
              --reason "Error de captura en el título" --planned-end 2025-06-30
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var amendment: AmendmentOptions
    @Argument(help: "The project's folio.") var folio: String
    @Option(name: .customLong("title-es"), help: "The title in Spanish.") var titleSpanish: String?
    @Option(name: .customLong("title-en"), help: "The title in English.") var titleEnglish: String?
    @Option(name: .customLong("description-es"), help: "The description in Spanish.") var descriptionSpanish: String?
    @Option(name: .customLong("description-en"), help: "The description in English.") var descriptionEnglish: String?
    @Option(help: "The town or village (localidad).") var locality: String?
    @Option(help: "The executing agency's code.") var agency: String?
    @Option(help: "When the work is planned to end, YYYY-MM-DD.") var plannedEnd: String?

    func run() throws {
        try global.perform { context in
            let amendments = try amendment.amendments(
                .project(try OptionParsing.identifier(folio, "FOLIO")),
                [
                    (.titleSpanish, titleSpanish, "--title-es"), (.titleEnglish, titleEnglish, "--title-en"),
                    (.descriptionSpanish, descriptionSpanish, "--description-es"),
                    (.descriptionEnglish, descriptionEnglish, "--description-en"),
                    (.locality, locality, "--locality"), (.executingAgency, agency, "--agency"), (.plannedEnd, plannedEnd, "--planned-end"),
                ])
            try context.openEither().amend(amendments)
            AmendmentPrinting.print(amendments, context)
        }
    }
}
