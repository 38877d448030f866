import ArgumentParser

struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "People who may sign in to the web app (`cuentas serve`).",
        subcommands: [
            UserAddCommand.self, UserListCommand.self, UserDisableCommand.self, UserPasswordCommand.self, UserScopeCommand.self,
            UserSetupLinkCommand.self,
        ])
}
