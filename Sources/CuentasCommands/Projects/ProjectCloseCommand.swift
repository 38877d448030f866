import ArgumentParser
import CuentasCore

struct ProjectCloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close", abstract: "Close the accounts of a completed project (its balance must be zero).",
        discussion: "Example: cuentas project close 3X1-2024-001 --date 2025-03-31")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var recording: RecordingOptions
    @Argument(help: "The project's folio.") var folio: String
    func run() throws { try recordStatus(.closed, folio: folio, recording: recording, global: global) }
}
