import ArgumentParser
import CuentasCore

struct UserDisableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disable", abstract: "Stop a user from signing in (they left the treasury, say); --enable lets them in again.",
        discussion: """
            The user's row is never edited: this is an amendment, with who recorded it and why. A session of theirs in \
            a running `cuentas serve` ends at its next request; what they recorded keeps their name.
            Example: cuentas user disable tesorera.canon --reason "Dejó la tesorería del club el 30 de noviembre"
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The user's sign-in name.") var name: String
    @Option(help: "Why.") var reason: String
    @OptionGroup var recorder: RecorderOption
    @Flag(help: "Enable the user again instead.") var enable = false

    func run() throws {
        try global.perform { context in
            try context.openEither().setUser(
                name, disabled: !enable, reason: try OptionParsing.text(reason, "--reason"), by: try recorder.name)
            print(
                enable
                    ? context.say("\(name) puede volver a entrar.", "\(name) may sign in again.")
                    : context.say(
                        "\(name) ya no puede entrar; sus sesiones terminan en su próxima petición.",
                        "\(name) can no longer sign in; their sessions end at their next request."))
        }
    }
}
