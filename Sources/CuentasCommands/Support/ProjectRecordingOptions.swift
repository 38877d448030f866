import ArgumentParser
import CuentasCore
import CuentasTables

/// What every command that records a movement on one project takes: the ledger and language, the movement's date,
/// recorder and note, and the project's folio as the argument.
struct ProjectRecordingOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions
    @OptionGroup var recording: RecordingOptions
    @Argument(help: "The project's folio.") var folio: String

    /// The folio as typed, checked.
    var folioID: Folio {
        get throws(InputError) { try OptionParsing.identifier(folio, "FOLIO") }
    }

    /// Runs `body` with the ledger open and the project as recorded (an unknown folio refused by its own message).
    func withProject(_ body: (CommandContext, any SharedLedger, Project) throws -> Void) throws {
        try global.perform { context in
            let store = try context.openEither()
            try body(context, store, try context.project(folio: folio, in: store))
        }
    }

    /// Records a movement of `body` with this command's date, recorder and note, and says what was recorded.
    func record(_ body: MovementBody, in store: any SharedLedger, _ context: CommandContext, saying what: String) throws {
        context.recorded(try store.record(try recording.draft(body)), what)
    }
}
