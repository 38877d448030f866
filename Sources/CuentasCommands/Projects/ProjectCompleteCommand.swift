import ArgumentParser
import CuentasCore

struct ProjectCompleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complete", abstract: "Record the hand-over of the finished work.",
        discussion: "Example: cuentas project complete 3X1-2024-001 --hand-over AER-JEREZ-2025-004 --date 2025-02-14")
    @OptionGroup var options: ProjectRecordingOptions
    @Option(help: "The reference of the hand-over record (acta de entrega-recepción).") var handOver: String
    func run() throws { try recordStatus(.completed, options, handOver: handOver) }
}
