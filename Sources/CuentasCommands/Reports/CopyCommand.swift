import ArgumentParser
import CuentasCore
import CuentasPostgres
import CuentasStore
import CuentasTables

struct CopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a ledger file into an empty PostgreSQL database, through the ledger's rules, and prove the copy.",
        discussion: """
            The catalogue is copied row for row; every movement is recorded again through the rules, in order, with
            its hash computed anew and required equal to the file's; the balances are written from that replay. Then
            the copy is read back: every table compared with the file, the hash chain, the rules and the stored balances.
            All or nothing. (Copying from PostgreSQL back to a file is not done yet.)
            Example: cuentas copy --from jerez.sqlite --to postgres://cuentas@db.example.org/cuentas
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "The ledger file to copy.") var from: String
    @Option(help: "The PostgreSQL database to copy it into (postgres://USER@HOST/DATABASE; it must hold no ledger yet).")
    var to: String

    func run() throws {
        try global.perform { context in
            guard case .file(let path) = try LedgerLocation(from), case .postgres(let address) = try LedgerLocation(to) else {
                throw CommandFailure(
                    message: context.say(
                        "por ahora cuentas copy copia un archivo (--from) a PostgreSQL (--to postgres://…)",
                        "for now cuentas copy copies a file (--from) into PostgreSQL (--to postgres://…)"))
            }
            let source = try LedgerStore.open(path: path)
            let before = try source.fullCheck()
            guard before.passed else {
                throw CommandFailure(
                    message: context.say(
                        "\(path) no pasa check; revíselo con cuentas check antes de copiarlo; nada se copió",
                        "\(path) does not pass check; look at it with cuentas check before copying it; nothing was copied"))
            }
            let catalogue = try source.catalogue()
            let database = try BlockingCall.wait {
                let database = try await PostgresLedgerDatabase.open(address, maximumConnections: 2)
                try await database.migrate()
                return database
            }
            defer { try? BlockingCall.wait { await database.close() } }
            let copied: PostgresLedgerCopy.Report
            let proof: PostgresLedgerCopy.Proof
            do {
                copied = try PostgresLedgerCopy.copy(from: source, catalogue: catalogue, into: database)
                proof = try PostgresLedgerCopy.prove(source: source, database: database)
            } catch let damaged as DamagedRow {
                throw LedgerCopyError.damaged(damaged)
            }
            let name = "\(address.database) (PostgreSQL)"
            guard proof.passed, proof.check.ledger.movementCount == before.ledger.movementCount, proof.check.headHash == before.headHash
            else {
                throw CommandFailure(
                    message: context.say(
                        "la copia en \(name) no es igual al archivo: \(proof.check.ledger.movementCount) movimientos, cabeza \(proof.check.headHash.prefix(16)), \(proof.check.ledger.violations.count) fuera de reglas, \(proof.check.balanceDifferences.count) saldos distintos",
                        "the copy in \(name) is not the file: \(proof.check.ledger.movementCount) movements, head \(proof.check.headHash.prefix(16)), \(proof.check.ledger.violations.count) against the rules, \(proof.check.balanceDifferences.count) balances differ"
                    ))
            }
            print(
                context.say(
                    "Copiado \(path) en \(name): \(copied.tables) tablas, \(copied.rows) filas, \(copied.movements) movimientos registrados de nuevo con las reglas.\nComprobado: las \(proof.tablesCompared) tablas iguales fila por fila, la misma cadena (cabeza \(proof.check.headHash.prefix(16))), las reglas y los saldos guardados se cumplen en la copia.",
                    "Copied \(path) into \(name): \(copied.tables) tables, \(copied.rows) rows, \(copied.movements) movements recorded again through the rules.\nProved: all \(proof.tablesCompared) tables equal row for row, the same chain (head \(proof.check.headHash.prefix(16))), the rules and the stored balances hold on the copy."
                ))
        }
    }
}
