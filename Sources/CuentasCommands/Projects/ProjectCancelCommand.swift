import ArgumentParser
import CuentasCore

struct ProjectCancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel", abstract: "Cancel a project at any point before it is closed, with a reason.",
        discussion: "Example: cuentas project cancel 3X1-2024-007 --reason \"The land title was never granted\"")
    @OptionGroup var options: ProjectRecordingOptions
    @Option(help: "Why it is cancelled.") var reason: String
    func run() throws { try recordStatus(.cancelled, options, reason: reason) }
}
