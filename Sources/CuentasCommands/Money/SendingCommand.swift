import ArgumentParser
import CuentasCore

/// A club's money sent in two steps, each recorded by its own side: the treasurer records the sending (the fund is
/// debited, the money is in transit), the executing agency's official records the arrival (the club's deposit), or the
/// treasurer records that the bank returned it.
struct SendingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sending", abstract: "Money sent from a club's fund, in transit until the project's side confirms it.",
        subcommands: [SendingRecordCommand.self, SendingArrivalCommand.self, SendingReturnCommand.self, SendingListCommand.self])
}
