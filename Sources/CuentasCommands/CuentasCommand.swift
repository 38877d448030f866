import ArgumentParser
import Foundation

/// `cuentas`: the ledger of hometown projects, from the command line.
public struct CuentasCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "cuentas",
        abstract: "Cuentas Claras: the accounts of hometown projects funded by migrant clubs and matching governments.",
        discussion: """
            Every command takes --db PATH (default $CUENTAS_DB, else cuentas.sqlite) and --lang es|en.
            --db postgres://USER@HOST/DATABASE names a PostgreSQL ledger (backup works only on a file).
            Start with `cuentas init`, then add schemes, parties and projects, then record movements.
            """,
        subcommands: [
            InitCommand.self, SchemeCommand.self, FederationCommand.self, ClubCommand.self, MemberCommand.self,
            GovernmentCommand.self, ProjectCommand.self, PledgeCommand.self, DepositCommand.self,
            DonationCommand.self, TransferCommand.self, PayCommand.self, RefundCommand.self, ProgressCommand.self,
            ReverseCommand.self, SendingCommand.self, ReceiptCommand.self, ShowCommand.self, ImportCommand.self, CheckCommand.self,
            StatementCommand.self,
            PublishCommand.self, KeyCommand.self, VerifyCommand.self, ExportCommand.self, BackupCommand.self,
            RestoreCommand.self, UserCommand.self, ServeCommand.self, EvidenceCommand.self, VisitCommand.self, ComplaintCommand.self,
            ContactCommand.self, CopyCommand.self,
        ])

    public init() {}

    /// Parses and runs; prints refusals in the person's language on standard error and exits non-zero.
    public static func runMain(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) async -> Never {
        do {
            var command = try parseAsRoot(arguments)
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
            Foundation.exit(0)
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data(("error: " + failure.message + "\n").utf8))
            Foundation.exit(1)
        } catch {
            // A value outside an option's choices, said in the person's language; any other parse error as the parser says it.
            if let said = ChoiceRefusal.message(fullMessage(for: error), arguments: arguments) {
                FileHandle.standardError.write(Data(("error: " + said + "\n").utf8))
                Foundation.exit(exitCode(for: error).rawValue)
            }
            exit(withError: error)
        }
    }
}
