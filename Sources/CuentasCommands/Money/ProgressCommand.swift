import ArgumentParser
import CuentasCore

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress", abstract: "Record the physical progress of the work seen on a visit.",
        discussion: "Example: cuentas progress 3X1-2024-001 --percent 60 --note \"Visita del comité de obra\" --date 2024-09-30")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var recording: RecordingOptions
    @Argument(help: "The project's folio.") var folio: String
    @Option(help: "How much of the work is built, 0 to 100.") var percent: WholeNumber

    func validate() throws {
        if !(0...100).contains(percent.value) {
            throw global.refuse(
                "--percent: \(percent.value) no es válido; se espera un porcentaje entero de 0 a 100",
                "--percent: \(percent.value) is not valid; expected a whole percentage from 0 to 100")
        }
    }

    func run() throws {
        try global.perform { context in
            let report = ProgressReport(folio: try OptionParsing.identifier(folio, "FOLIO"), physicalPercent: percent.int)
            let movement = try context.openEither().record(try recording.draft(.progress(report)))
            context.recorded(
                movement, context.say("avance físico de \(folio): \(percent.value) %.", "physical progress of \(folio): \(percent.value)%.")
            )
        }
    }
}
