import ArgumentParser
import CuentasCore
import CuentasWeb
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

struct UserAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a user of the web app: an admin, a club's treasurer, a municipality's official or an auditor.",
        discussion: """
            The password is asked for on the terminal (twice, not shown), or read from the first line of standard input
            with --password-stdin. It is stored only as a bcrypt hash.
            Examples: cuentas user add maria --role treasurer --club CLUB-JEREZ-LA
                      cuentas user add jose --role official --municipality MUN-JEREZ
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The sign-in name: lowercase letters, digits, '.', '_' and '-'.") var name: String
    @Option(help: "admin, treasurer, official or auditor.") var role: String
    @Option(help: "A treasurer's club.") var club: String?
    @Option(help: "An official's municipality (a municipal government).") var municipality: String?
    @Flag(help: "Read the password from the first line of standard input instead of the terminal.") var passwordStdin = false
    @Option(help: .hidden) var bcryptCost: UInt8 = 12

    func validate() throws {
        if UserRole(rawValue: role) == nil {
            throw global.refuse("--role: se espera admin, treasurer, official o auditor", "--role: expected admin, treasurer, official or auditor")
        }
        if !(4...31).contains(bcryptCost) { throw global.refuse("--bcrypt-cost: de 4 a 31", "--bcrypt-cost: 4 to 31") }
    }

    func run() throws {
        try global.perform { context in
            let account = try UserAccount(
                name: name, role: UserRole(rawValue: role)!, clubID: try club.map { text throws(InputError) in try OptionParsing.identifier(text, "--club") },
                municipalityID: try municipality.map { text throws(InputError) in try OptionParsing.identifier(text, "--municipality") })
            let store = try context.openLedger()
            let password = try readPassword(context)
            if let problem = PasswordHasher.problem(with: password, spanish: context.language == .spanish) {
                throw CommandFailure(message: problem)
            }
            let environment = ProcessInfo.processInfo.environment
            try store.addUser(
                account, passwordHash: PasswordHasher(cost: bcryptCost).hash(password),
                createdBy: environment["CUENTAS_USER"] ?? environment["USER"] ?? "command line")
            print(context.say("Usuario \(account.name) agregado (\(account.role.rawValue)).", "User \(account.name) added (\(account.role.rawValue))."))
        }
    }

    private func readPassword(_ context: CommandContext) throws -> String {
        if passwordStdin {
            guard let line = readLine(strippingNewline: true) else {
                throw CommandFailure(message: context.say("no llegó ninguna contraseña por la entrada estándar", "no password arrived on standard input"))
            }
            return line
        }
        guard isatty(0) == 1 else {
            throw CommandFailure(message: context.say(
                "no hay terminal para pedir la contraseña; use --password-stdin", "there is no terminal to ask for the password; use --password-stdin"))
        }
        let first = String(cString: getpass(context.say("Contraseña: ", "Password: ")))
        let second = String(cString: getpass(context.say("Repita la contraseña: ", "Repeat the password: ")))
        guard first == second else { throw CommandFailure(message: context.say("las contraseñas no coinciden", "the passwords do not match")) }
        return first
    }
}
