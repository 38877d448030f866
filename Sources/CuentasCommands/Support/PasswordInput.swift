import CuentasCore
import CuentasWeb
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A password typed on the terminal (twice, not shown) or read from the first line of standard input, checked as the
/// web app checks it.
enum PasswordInput {
    static func read(_ context: CommandContext, fromStandardInput: Bool) throws -> String {
        let password = try typed(context, fromStandardInput: fromStandardInput)
        if let problem = PasswordHasher.problem(with: password, in: context.language) {
            throw CommandFailure(message: problem)
        }
        return password
    }

    private static func typed(_ context: CommandContext, fromStandardInput: Bool) throws -> String {
        if fromStandardInput {
            guard let line = readLine(strippingNewline: true) else {
                throw CommandFailure(
                    message: context.say("no llegó ninguna contraseña por la entrada estándar", "no password arrived on standard input"))
            }
            return line
        }
        guard isatty(0) == 1 else {
            throw CommandFailure(
                message: context.say(
                    "no hay terminal para pedir la contraseña; use --password-stdin",
                    "there is no terminal to ask for the password; use --password-stdin"))
        }
        let first = String(cString: getpass(context.say("Contraseña: ", "Password: ")))
        let second = String(cString: getpass(context.say("Repita la contraseña: ", "Repeat the password: ")))
        guard first == second else {
            throw CommandFailure(message: context.say("las contraseñas no coinciden", "the passwords do not match"))
        }
        return first
    }
}
