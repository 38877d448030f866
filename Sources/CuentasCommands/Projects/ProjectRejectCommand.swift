import ArgumentParser
import CuentasCore

struct ProjectRejectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject", abstract: "Record the committee's rejection of a proposal.",
        discussion: "Example: cuentas project reject 3X1-2025-009 --minutes COVAM-ZAC-2025-02 --date 2025-03-10")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var recording: RecordingOptions
    @Argument(help: "The project's folio.") var folio: String
    @Option(help: "The reference of the session's minutes (acta).") var minutes: String
    func run() throws { try recordStatus(.rejected, folio: folio, recording: recording, global: global, minutes: minutes) }
}
