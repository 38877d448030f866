import ArgumentParser
import CuentasCore

struct VisitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visit", abstract: "Record a site visit of the hometown committee (comité de obra, contraloría social).",
        discussion: """
            Example: cuentas visit 3X1-2024-001 --date 2024-09-28 --attendees "Comité de obra: 3 integrantes" --percent 55 \
            --remarks "La tubería llega a la calle Hidalgo; falta la conexión al tanque."
            Then attach its photos: cuentas evidence add 3X1-2024-001 foto.jpg --visit N --caption "..."
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The project's folio.") var folio: String
    @Option(help: "The day of the visit, YYYY-MM-DD.") var date: String
    @Option(help: "Who attended.") var attendees: String
    @Option(help: "The physical progress the committee saw, 0 to 100.") var percent: WholeNumber?
    @Option(help: "What they saw and what they ask.") var remarks: String
    @OptionGroup var recorder: RecorderOption

    func run() throws {
        try global.perform { context in
            let visit = try context.openEither().addSiteVisit(
                folio: try OptionParsing.identifier(folio, "FOLIO"),
                visitedOn: try OptionParsing.eventDate(date, "--date"),
                attendees: attendees, physicalPercent: percent?.int, remarks: remarks, recordedBy: try recorder.name)
            print(
                context.say(
                    "Visita #\(visit.id) a \(folio) del \(visit.visitedOn.isoText) registrada.",
                    "Visit #\(visit.id) to \(folio) on \(visit.visitedOn.isoText) recorded."))
        }
    }
}
