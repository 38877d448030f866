import ArgumentParser
import CuentasCore

struct ProjectRejectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject", abstract: "Record the committee's rejection of a proposal.",
        discussion: "Example: cuentas project reject 3X1-2025-009 --minutes COVAM-ZAC-2025-02 --date 2025-03-10")
    @OptionGroup var options: ProjectRecordingOptions
    @Option(help: "The reference of the session's minutes (acta).") var minutes: String
    func run() throws { try recordStatus(.rejected, options, minutes: minutes) }
}
