import ArgumentParser

/// Files behind the figures: photos of the work, records, receipts, CFDI invoices.
struct EvidenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence", abstract: "Attach photos, records, receipts and invoices to a project or a movement, and list them.",
        subcommands: [EvidenceAddCommand.self, EvidenceListCommand.self])
}
