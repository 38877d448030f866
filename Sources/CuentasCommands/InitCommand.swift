import ArgumentParser
import CuentasStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new, empty ledger file.",
        discussion: "Example: cuentas init --db jerez.sqlite")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try global.perform { context in
            let store = try LedgerStore.create(path: global.databasePath)
            let migrations = try store.appliedMigrations()
            print(
                context.say(
                    "Libro creado en \(store.path) (esquema: \(migrations.joined(separator: ", "))).",
                    "Ledger created at \(store.path) (schema: \(migrations.joined(separator: ", ")))."))
        }
    }
}
