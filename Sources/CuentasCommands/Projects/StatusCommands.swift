import ArgumentParser
import CuentasCore

/// Records a status change and says what the project is now.
private func recordStatus(
    _ status: ProjectStatus, folio: String, recording: RecordingOptions, global: GlobalOptions,
    minutes: String? = nil, handOver: String? = nil, reason: String? = nil
) throws {
    try global.perform { context in
        let folioID = try OptionParsing.identifier(folio, "FOLIO")
        let change = StatusChange(
            folio: folioID, status: status,
            minutesReference: try OptionParsing.optionalText(minutes, "--minutes", maximum: TextLimits.referenceCharacters),
            handOverReference: try OptionParsing.optionalText(handOver, "--hand-over", maximum: TextLimits.referenceCharacters),
            reason: try OptionParsing.optionalText(reason, "--reason", maximum: TextLimits.noteCharacters))
        let movement = try context.openLedger().record(try recording.draft(.status(change)))
        print(context.say(
            "Proyecto \(folioID): \(status.name(in: .spanish)) (movimiento #\(movement.id)).",
            "Project \(folioID): \(status.name(in: .english)) (movement #\(movement.id))."))
    }
}

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

struct ProjectStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start", abstract: "Record that the work started: the project is in execution.",
        discussion: "Example: cuentas project start 3X1-2024-001 --date 2024-04-01")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var recording: RecordingOptions
    @Argument(help: "The project's folio.") var folio: String
    func run() throws { try recordStatus(.inExecution, folio: folio, recording: recording, global: global) }
}

struct ProjectCompleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complete", abstract: "Record the hand-over of the finished work.",
        discussion: "Example: cuentas project complete 3X1-2024-001 --hand-over AER-JEREZ-2025-004 --date 2025-02-14")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var recording: RecordingOptions
    @Argument(help: "The project's folio.") var folio: String
    @Option(help: "The reference of the hand-over record (acta de entrega-recepción).") var handOver: String
    func run() throws { try recordStatus(.completed, folio: folio, recording: recording, global: global, handOver: handOver) }
}

struct ProjectCloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close", abstract: "Close the accounts of a completed project (its balance must be zero).",
        discussion: "Example: cuentas project close 3X1-2024-001 --date 2025-03-31")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var recording: RecordingOptions
    @Argument(help: "The project's folio.") var folio: String
    func run() throws { try recordStatus(.closed, folio: folio, recording: recording, global: global) }
}

struct ProjectCancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel", abstract: "Cancel a project at any point before it is closed, with a reason.",
        discussion: "Example: cuentas project cancel 3X1-2024-007 --reason \"The land title was never granted\"")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var recording: RecordingOptions
    @Argument(help: "The project's folio.") var folio: String
    @Option(help: "Why it is cancelled.") var reason: String
    func run() throws { try recordStatus(.cancelled, folio: folio, recording: recording, global: global, reason: reason) }
}
