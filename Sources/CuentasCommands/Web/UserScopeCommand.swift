import ArgumentParser
import CuentasCore

struct UserScopeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scope", abstract: "Change a user's role, club or municipality.",
        discussion: """
            An amendment, with who and why; the user's next request already works with the new scope. What they \
            recorded before keeps their name.
            Example: cuentas user scope jose --role official --municipality MUN-HUERTAS --reason "Cambió de municipio"
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The user's sign-in name.") var name: String
    @Option(help: "The new role.") var role: UserRole
    @Option(help: "A treasurer's club.") var club: String?
    @Option(help: "An official's municipality (a municipal government).") var municipality: String?
    @Option(help: "Why.") var reason: String

    func run() throws {
        try global.perform { context in
            let account = try UserAccount(
                name: name, role: role, clubID: try club.map { text throws(InputError) in try OptionParsing.identifier(text, "--club") },
                municipalityID: try municipality.map { text throws(InputError) in try OptionParsing.identifier(text, "--municipality") })
            try context.openEither().changeScope(
                of: account, reason: try OptionParsing.text(reason, "--reason"), by: try OptionParsing.recorder(nil))
            print(
                context.say(
                    "\(name): \(role.rawValue) \(club ?? municipality ?? "")", "\(name): \(role.rawValue) \(club ?? municipality ?? "")"))
        }
    }
}
