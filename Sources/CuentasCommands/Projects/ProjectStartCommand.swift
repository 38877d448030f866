import ArgumentParser
import CuentasCore

struct ProjectStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start", abstract: "Record that the work started: the project is in execution.",
        discussion: "Example: cuentas project start 3X1-2024-001 --date 2024-04-01")
    @OptionGroup var options: ProjectRecordingOptions
    func run() throws { try recordStatus(.inExecution, options) }
}
