import ArgumentParser
import CuentasCore

/// Records a status change and says what the project is now.
func recordStatus(
    _ status: ProjectStatus, _ options: ProjectRecordingOptions, minutes: String? = nil, handOver: String? = nil, reason: String? = nil
) throws {
    try options.global.perform { context in
        let folioID = try options.folioID
        let change = StatusChange(
            folio: folioID, status: status,
            minutesReference: try OptionParsing.optionalText(minutes, "--minutes", maximum: TextLimits.referenceCharacters),
            handOverReference: try OptionParsing.optionalText(handOver, "--hand-over", maximum: TextLimits.referenceCharacters),
            reason: try OptionParsing.optionalText(reason, "--reason", maximum: TextLimits.noteCharacters))
        let movement = try context.openEither().record(try options.recording.draft(.status(change)))
        print(
            context.say(
                "Proyecto \(folioID): \(status.name(in: .spanish)) (movimiento #\(movement.id)).",
                "Project \(folioID): \(status.name(in: .english)) (movement #\(movement.id))."))
    }
}
