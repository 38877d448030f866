import ArgumentParser
import CuentasCore
import CuentasRender

struct ClubCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "club", abstract: "Migrant clubs (hometown associations).",
        subcommands: [ClubAddCommand.self, ClubListCommand.self, ClubRenewCommand.self, ClubAmendCommand.self])
}
