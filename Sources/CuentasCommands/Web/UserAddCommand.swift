import ArgumentParser
import CuentasCore
import CuentasWeb
import Foundation

#if canImport(Glibc)
import Glibc
#endif

struct UserAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a user of the web app: an admin, a club's treasurer, a municipality's official, an auditor or a committee member.",
        discussion: """
            The password is asked for on the terminal (twice, not shown), or read from the first line of standard input
            with --password-stdin. It is stored only as a bcrypt hash.
            Examples: cuentas user add maria --role treasurer --club CLUB-JEREZ-LA
                      cuentas user add jose --role official --municipality MUN-JEREZ
                      cuentas user add comite.tepetate --role committee --project 3X1-2024-002
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The sign-in name: lowercase letters, digits, '.', '_' and '-'.") var name: String
    @Option(help: "What the user is there to do.") var role: UserRole
    @Option(help: "A treasurer's club.") var club: String?
    @Option(help: "An official's municipality (a municipal government).") var municipality: String?
    @Option(help: "A project a committee member watches (repeat for each).") var project: [String] = []
    @Flag(help: "Read the password from the first line of standard input instead of the terminal.") var passwordStdin = false
    @Flag(help: "Ask no password: print a one-time link with which the user chooses their own (needs --base-url).") var setupLink = false
    @Option(help: "The web app's public address, for --setup-link, e.g. https://cuentas.example.org.") var baseURL: String?
    @Option(help: .hidden) var bcryptCost: UInt8 = 12

    func validate() throws {
        if !project.isEmpty && role != .committee {
            throw global.refuse(
                "--project: solo un miembro del comité (--role committee) vigila proyectos",
                "--project: only a committee member (--role committee) watches projects")
        }
        if !(4...31).contains(bcryptCost) { throw global.refuse("--bcrypt-cost: de 4 a 31", "--bcrypt-cost: 4 to 31") }
        if setupLink, baseURL == nil { throw global.refuse("--setup-link necesita --base-url", "--setup-link needs --base-url") }
    }

    func run() throws {
        try global.perform { context in
            let account = try UserAccount(
                name: name, role: role, clubID: try club.map { text throws(InputError) in try OptionParsing.identifier(text, "--club") },
                municipalityID: try municipality.map { text throws(InputError) in try OptionParsing.identifier(text, "--municipality") }
            ).watching(Set(try project.map { text throws(InputError) in try OptionParsing.identifier(text, "--project") }))
            let store = try context.openEither()
            // With a setup link, the hash of a random secret nobody is told: no password works until the user sets one.
            let password = setupLink ? SetupLink().token : try PasswordInput.read(context, fromStandardInput: passwordStdin)
            let recorder = try OptionParsing.recorder(nil)
            try store.addUser(account, passwordHash: PasswordHasher(cost: bcryptCost).hash(password), createdBy: recorder)
            print(
                context.say(
                    "Usuario \(account.name) agregado (\(account.role.rawValue)).", "User \(account.name) added (\(account.role.rawValue))."
                ))
            if setupLink, let baseURL {
                try UserSetupLinkCommand.issue(for: account.name, base: baseURL, hours: 72, store: store, by: recorder, context)
            }
        }
    }
}
