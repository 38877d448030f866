import ArgumentParser
import CuentasPostgres
import CuentasStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new, empty ledger: a file, or the schema of a PostgreSQL database.",
        discussion: """
            Examples: cuentas init --db jerez.sqlite
                      cuentas init --db postgres://cuentas@db.example.org/cuentas (the database must exist; safe to repeat)
            """)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try global.perform { context in
            switch try LedgerLocation(global.databasePath) {
            case .file(let path):
                let store = try LedgerStore.create(path: path)
                let migrations = try store.appliedMigrations()
                print(
                    context.say(
                        "Libro creado en \(store.path) (esquema: \(migrations.joined(separator: ", "))).",
                        "Ledger created at \(store.path) (schema: \(migrations.joined(separator: ", ")))."))
            case .postgres(let address):
                let (applied, schema) = try BlockingCall.wait {
                    let database = try await PostgresLedgerDatabase.open(address, maximumConnections: 1)
                    do {
                        let result = (try await database.migrate(), try await database.appliedMigrations())
                        await database.close()
                        return result
                    } catch {
                        await database.close()
                        throw error
                    }
                }
                let name = "\(address.database) (PostgreSQL)"
                let list = schema.joined(separator: ", ")
                print(
                    applied.isEmpty
                        ? context.say(
                            "El libro \(name) ya estaba al día (esquema: \(list)).", "Ledger \(name) was up to date (schema: \(list)).")
                        : context.say("Libro preparado en \(name) (esquema: \(list)).", "Ledger prepared in \(name) (schema: \(list))."))
            }
        }
    }
}
