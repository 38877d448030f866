import ArgumentParser
import CuentasCore
import CuentasRender
import CuentasStore
import Foundation

struct SchemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scheme", abstract: "Matching schemes (3x1, 2x1, productive…), kept as data.",
        subcommands: [SchemeAddCommand.self, SchemeListCommand.self, SchemeShowCommand.self])
}
