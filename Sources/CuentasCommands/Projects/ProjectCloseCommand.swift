import ArgumentParser
import CuentasCore

struct ProjectCloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close", abstract: "Close the accounts of a completed project (its balance must be zero).",
        discussion: "Example: cuentas project close 3X1-2024-001 --date 2025-03-31")
    @OptionGroup var options: ProjectRecordingOptions
    func run() throws { try recordStatus(.closed, options) }
}
