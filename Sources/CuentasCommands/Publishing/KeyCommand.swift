import ArgumentParser
import CuentasCore
import CuentasIntegrity
import Foundation

struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "key", abstract: "Signing keys for publications.", subcommands: [KeyNewCommand.self])
}
