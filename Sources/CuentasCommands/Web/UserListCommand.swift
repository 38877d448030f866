import ArgumentParser
import CuentasCore

struct UserListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the web app's users, their roles and scopes.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try global.perform { context in
            for user in try context.openEither().users() {
                print([user.name, user.role.rawValue, user.clubID?.text ?? user.municipalityID?.text ?? "-"].joined(separator: "\t"))
            }
        }
    }
}
