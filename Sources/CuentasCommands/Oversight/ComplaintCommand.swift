import ArgumentParser
import CuentasCore

/// Complaints and observations on a project, and the official's answers.
struct ComplaintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complaint", abstract: "Record a complaint or observation on a project, answer one, or list them.",
        subcommands: [ComplaintAddCommand.self, ComplaintAnswerCommand.self, ComplaintListCommand.self])
}
