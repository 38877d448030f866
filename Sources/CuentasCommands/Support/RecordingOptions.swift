import ArgumentParser
import CuentasCore

/// Options of every command that records a movement: when it happened, who records it, a note.
struct RecordingOptions: ParsableArguments {
    @Option(name: .long, help: "The date it happened, YYYY-MM-DD. Default: today.")
    var date: String?

    @OptionGroup var recorder: RecorderOption

    @Option(name: .long, help: "A free note kept with the movement.")
    var note: String = ""

    @Option(name: .long, help: "How amounts are written: dot (1,234.50) or comma (1.234,50).")
    var numberStyle: NumberStyle = .dotDecimal

    var style: NumberStyle { numberStyle }

    func occurredOn() throws(InputError) -> CalendarDate { try OptionParsing.eventDate(date, "--date") }

    func draft(_ body: MovementBody) throws(InputError) -> MovementDraft {
        MovementDraft(
            occurredOn: try occurredOn(), recordedBy: try recorder.name,
            note: try TextLimits.validated(
                note, field: "--note", maximumCharacters: TextLimits.noteCharacters, allowsEmpty: true, allowsNewlines: true),
            body: body)
    }
}
