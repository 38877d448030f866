import ArgumentParser
import CuentasCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check every ledger rule over the whole file; exits non-zero on a violation.",
        discussion: "Example: cuentas check --format json")

    @OptionGroup var global: GlobalOptions
    @Option(help: "text or json.") var format: OutputFormat = .text

    func run() throws {
        try global.perform { context in
            let check = try context.openLedger().check()
            let messages = check.violations.map { $0.explanation(in: context.language) }
            switch format {
            case .json:
                print(JSONOutput.render([
                    "passed": check.passed, "movements": check.movementCount, "projects": check.state.projects.count,
                    "violations": messages,
                ] as [String: Any]))
            case .text:
                if check.passed {
                    print(context.say(
                        "Libro correcto: \(check.movementCount) movimientos, \(check.state.projects.count) proyectos, ninguna regla rota.",
                        "Ledger sound: \(check.movementCount) movements, \(check.state.projects.count) projects, no rule broken."))
                } else {
                    for message in messages { print(message) }
                }
            }
            if !check.passed {
                throw CommandFailure(message: context.say(
                    "\(check.violations.count) reglas rotas en el libro", "\(check.violations.count) rules broken in the ledger"))
            }
        }
    }
}
