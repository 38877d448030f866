import ArgumentParser
import CuentasCore
import CuentasWeb

struct UserPasswordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "password", abstract: "Set a user's new password (asked on the terminal, or --password-stdin).",
        discussion: """
            The user's row is never edited: the new password's bcrypt hash is an amendment, with who recorded it. A \
            user can also change their own in the web app; a setup link (cuentas user setup-link) lets them choose it.
            Example: cuentas user password tesorera.canon --reason "Olvidó su contraseña"
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The user's sign-in name.") var name: String
    @Option(help: "Why.") var reason: String = "password changed"
    @Flag(help: "Read the password from the first line of standard input instead of the terminal.") var passwordStdin = false
    @Option(help: .hidden) var bcryptCost: UInt8 = 12

    func run() throws {
        try global.perform { context in
            let store = try context.openEither()
            guard try store.user(named: name) != nil else {
                throw CommandFailure(
                    message: context.say(
                        "no existe el usuario \(name) o está desactivado", "there is no user \(name), or they are disabled"))
            }
            let password = try PasswordInput.read(context, fromStandardInput: passwordStdin)
            try store.changePassword(
                of: name, to: PasswordHasher(cost: bcryptCost).hash(password), reason: try OptionParsing.text(reason, "--reason"),
                by: try OptionParsing.recorder(nil))
            print(context.say("Contraseña de \(name) cambiada.", "Password of \(name) changed."))
        }
    }
}
