import ArgumentParser
import CuentasCore

struct SendingReturnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "return", abstract: "Record a sending the bank returned: its amount is back in the club's fund (the fee is not).",
        discussion: "Example: cuentas sending return --sending 412 --reason \"Cuenta destino cerrada\" --date 2025-04-20")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var recording: RecordingOptions
    @Option(help: "The number of the sending's movement.") var sending: WholeNumber
    @Option(help: "Why it came back.") var reason: String

    func run() throws {
        try global.perform { context in
            let store = try context.openEither()
            let movement = try SendingInput.sending(numbered: sending.value, in: store)
            let returned = try SendingReturn(
                of: movement, reason: try OptionParsing.text(reason, "--reason", maximum: TextLimits.noteCharacters))
            let recorded = try store.record(try recording.draft(.returned(returned)))
            context.recorded(
                recorded,
                context.say(
                    "el envío #\(returned.sendingID) volvió: \(context.money(returned.sent)) de vuelta en el fondo de \(returned.clubID).",
                    "sending #\(returned.sendingID) came back: \(context.money(returned.sent)) back in the fund of \(returned.clubID)."))
        }
    }
}
