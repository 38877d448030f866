import ArgumentParser
import CuentasCore

struct FederationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "federation", abstract: "Federations of clubs.",
        subcommands: [FederationAddCommand.self, FederationRenameCommand.self])
}
