import ArgumentParser
import CuentasCore
import CuentasIntegrity
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check every ledger rule over the whole file; exits non-zero on a violation.",
        discussion: "Example: cuentas check --format json")

    @OptionGroup var global: GlobalOptions
    @Option(help: "text or json.") var format: OutputFormat = .text

    func run() throws {
        try global.perform { context in
            // A PostgreSQL ledger has no file whose pages could be checked.
            var server: String?
            if case .postgres(let address) = try LedgerLocation(global.databasePath) { server = address.database }
            let full = try context.openEither().fullCheck()
            defer { KeptUntilExit.keep(full) }
            let check = full.ledger
            var messages = Self.messages(check, full.balanceDifferences, full.brokenLink, context)
            messages += full.lostPublicationHeads.map { $0.explanation(in: context.language) }
            messages += full.catalogueProblems.map { $0.explanation(in: context.language) }
            messages += full.recordingProblems.map { $0.explanation(in: context.language) }
            messages += full.evidenceProblems.map { $0.explanation(in: context.language) }
            messages += full.fileProblems.map { context.say("el archivo está dañado: \($0)", "the file is damaged: \($0)") }
            let passed = full.passed
            switch format {
            case .json:
                print(
                    JSONOutput.render(
                        Self.summary(passed, check, messages, full.headHash, full.brokenLink, full.balanceDifferences).merging([
                            "publicationsHeld": full.lostPublicationHeads.isEmpty, "evidenceIntact": full.evidenceProblems.isEmpty,
                            "fileIntact": server == nil ? full.fileProblems.isEmpty : NSNull(),
                            "catalogueSealed": full.catalogueProblems.isEmpty, "recordingsIntact": full.recordingProblems.isEmpty,
                        ]) { $1 }))
            case .text:
                if passed, let server {
                    print(
                        context.say(
                            "Libro correcto (PostgreSQL \(server)): \(check.movementCount) movimientos, \(check.state.projects.count) proyectos, ninguna regla rota; saldos guardados iguales al libro; cadena de hashes intacta hasta \(full.headHash.prefix(16)); catálogo, horas de registro, publicaciones y evidencia como se escribieron.",
                            "Ledger sound (PostgreSQL \(server)): \(check.movementCount) movements, \(check.state.projects.count) projects, no rule broken; stored balances equal the ledger; hash chain intact up to \(full.headHash.prefix(16)); catalogue, recording times, publications and evidence as written."
                        ))
                } else if passed {
                    print(
                        context.say(
                            "Libro correcto: \(check.movementCount) movimientos, \(check.state.projects.count) proyectos, ninguna regla rota; saldos guardados iguales al libro; cadena de hashes intacta hasta \(full.headHash.prefix(16)); catálogo y horas de registro como se escribieron.",
                            "Ledger sound: \(check.movementCount) movements, \(check.state.projects.count) projects, no rule broken; stored balances equal the ledger; hash chain intact up to \(full.headHash.prefix(16)); catalogue and recording times as written."
                        ))
                } else {
                    for message in messages { print(message) }
                }
            }
            if !passed { throw Self.problems(messages.count, context) }
        }
    }

    /// What every check says, on either store: the broken link first, then the rules, then the balances.
    static func messages(
        _ ledger: LedgerCheck, _ balances: [BalanceDifference], _ broken: (id: MovementID, reason: HashChain.BrokenLink)?,
        _ context: CommandContext
    ) -> [String] {
        (broken.map { [brokenLink($0, context)] } ?? []) + ledger.violations.map { $0.explanation(in: context.language) }
            + balances.map { $0.explanation(in: context.language) }
    }

    /// The `--format json` fields of every check, on either store.
    static func summary(
        _ passed: Bool, _ ledger: LedgerCheck, _ messages: [String], _ head: String,
        _ broken: (id: MovementID, reason: HashChain.BrokenLink)?, _ balances: [BalanceDifference]
    ) -> [String: Any] {
        [
            "passed": passed, "movements": ledger.movementCount, "projects": ledger.state.projects.count, "violations": messages,
            "chainHead": head, "chainIntact": broken == nil, "balancesMatch": balances.isEmpty,
        ]
    }

    static func problems(_ count: Int, _ context: CommandContext) -> CommandFailure {
        CommandFailure(message: context.say("\(count) problemas en el libro", "\(count) problems in the ledger"))
    }

    /// The first link of the hash chain that does not hold, said for a person.
    static func brokenLink(_ broken: (id: MovementID, reason: HashChain.BrokenLink), _ context: CommandContext) -> String {
        context.say(
            broken.reason == .contentChanged
                ? "movimiento #\(broken.id): su contenido ya no da su hash: fue modificado fuera del programa"
                : "movimiento #\(broken.id): no sigue al movimiento anterior en la cadena de hashes: se quitó, insertó o reordenó un movimiento antes de él",
            broken.reason == .contentChanged
                ? "movement #\(broken.id): its content no longer gives its hash: it was changed outside the program"
                : "movement #\(broken.id): it does not follow the movement before it in the hash chain: a movement before it was removed, inserted or reordered"
        )
    }
}
