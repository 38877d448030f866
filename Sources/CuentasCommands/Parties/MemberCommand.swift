import ArgumentParser
import CuentasCore

struct MemberCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "member", abstract: "Club members who donate.", subcommands: [MemberAddCommand.self])
}
