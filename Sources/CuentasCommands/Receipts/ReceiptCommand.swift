import ArgumentParser

/// A donation's receipt and a member's year, for the treasurer to print or send.
struct ReceiptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receipt", abstract: "Where a donation went: its receipt by code, or a member's donations of a year.",
        subcommands: [ReceiptShowCommand.self, ReceiptMemberCommand.self, ReceiptListCommand.self],
        defaultSubcommand: ReceiptShowCommand.self)
}
