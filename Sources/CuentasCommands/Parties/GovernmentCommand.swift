import ArgumentParser
import CuentasCore

struct GovernmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "government", abstract: "Governments: federal, state and municipal.",
        subcommands: [GovernmentAddCommand.self, GovernmentRenameCommand.self, GovernmentAdministrationCommand.self])
}
