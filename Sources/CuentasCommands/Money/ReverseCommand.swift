import ArgumentParser
import CuentasCore

struct ReverseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reverse", abstract: "Undo an earlier movement with a new, reversing one. Nothing is deleted.",
        discussion: "Example: cuentas reverse 42 --reason \"Deposit recorded twice; see bank statement of May\"")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var recording: RecordingOptions
    @Argument(help: "The number of the movement to undo.") var movement: WholeNumber
    @Option(help: "Why it is undone.") var reason: String

    func run() throws {
        try global.perform { context in
            let reversal = Reversal(
                movementID: movement.value, reason: try OptionParsing.text(reason, "--reason", maximum: TextLimits.noteCharacters))
            let recorded = try context.openEither().record(try recording.draft(.reversal(reversal)))
            context.recorded(
                recorded, context.say("reversión del movimiento #\(movement.value).", "reversal of movement #\(movement.value)."))
        }
    }
}
