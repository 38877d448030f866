import ArgumentParser
import CuentasCore

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
