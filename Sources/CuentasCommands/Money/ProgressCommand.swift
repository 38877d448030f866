import ArgumentParser
import CuentasCore

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress", abstract: "Record the physical progress of the work seen on a visit.",
        discussion: "Example: cuentas progress 3X1-2024-001 --percent 60 --note \"Visita del comité de obra\" --date 2024-09-30")

    @OptionGroup var options: ProjectRecordingOptions
    @Option(help: "How much of the work is built, 0 to 100.") var percent: WholeNumber

    func validate() throws {
        if !(0...100).contains(percent.value) {
            throw options.global.refuse(
                "--percent: \(percent.value) no es válido; se espera un porcentaje entero de 0 a 100",
                "--percent: \(percent.value) is not valid; expected a whole percentage from 0 to 100")
        }
    }

    func run() throws {
        try options.global.perform { context in
            let report = ProgressReport(folio: try options.folioID, physicalPercent: percent.int)
            try options.record(
                .progress(report), in: try context.openEither(), context,
                saying:
                    context.say(
                        "avance físico de \(report.folio): \(percent.value) %.", "physical progress of \(report.folio): \(percent.value)%.")
            )
        }
    }
}
