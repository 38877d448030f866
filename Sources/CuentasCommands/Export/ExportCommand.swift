import ArgumentParser
import CuentasCore
import CuentasRender
import CuentasStatements
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export the portfolio in standard formats.", subcommands: [ExportIATICommand.self])
}
