import ArgumentParser
import CuentasCore
import CuentasPostgres
import CuentasStore
import CuentasTables
import Foundation

struct CopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a ledger between a file and an empty PostgreSQL database, through the ledger's rules, and prove the copy.",
        discussion: """
            The catalogue is copied row for row; every movement is recorded again through the rules, in order, with its \
            hash computed anew and required equal to the source's; the balances are written from that replay. Then the \
            copy is read back: every table compared with the source, the hash chain, the rules and the stored balances. \
            All or nothing, either way.

            Examples: cuentas copy --from jerez.sqlite --to postgres://cuentas@db.example.org/cuentas
                      cuentas copy --from postgres://cuentas@db.example.org/cuentas --to jerez-2027.sqlite
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "The ledger to copy: a file, or a PostgreSQL database (postgres://USER@HOST/DATABASE).") var from: String
    @Option(help: "Where to copy it: a PostgreSQL database holding no ledger yet, or a new file.") var to: String

    func run() throws {
        try global.perform { context in
            switch (try LedgerLocation(from), try LedgerLocation(to)) {
            case (.file(let path), .postgres(let address)): try copy(file: path, into: address, context)
            case (.postgres(let address), .file(let path)): try copy(address, intoFile: path, context)
            default:
                throw CommandFailure(
                    message: context.say(
                        "cuentas copy copia un archivo a PostgreSQL (--to postgres://…) o PostgreSQL a un archivo nuevo (--from postgres://…); para copiar un archivo use cuentas backup",
                        "cuentas copy copies a file into PostgreSQL (--to postgres://…) or PostgreSQL into a new file (--from postgres://…); to copy a file use cuentas backup"
                    ))
            }
        }
    }

    private func copy(file path: String, into address: PostgresAddress, _ context: CommandContext) throws {
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
            let database = try await PostgresLedgerDatabase.open(
                address, maximumConnections: 2, evidence: CommandContext.evidenceFolderNamed)
            try await database.migrate()
            return database
        }
        defer { try? BlockingCall.wait { await database.close() } }
        let copied: LedgerCopy.Report
        let proof: PostgresLedgerCopy.Proof
        do {
            copied = try PostgresLedgerCopy.copy(from: source, catalogue: catalogue, into: database)
            proof = try PostgresLedgerCopy.prove(source: source, database: database)
        } catch let damaged as DamagedRow {
            throw LedgerCopyError.damaged(damaged)
        }
        let name = "\(address.database) (PostgreSQL)"
        let check = proof.check
        guard proof.passed, check.ledger.movementCount == before.ledger.movementCount, check.headHash == before.headHash else {
            throw Self.notTheSame(
                name, check.ledger.movementCount, check.headHash, problems: check.ledger.violations.count + check.balanceDifferences.count,
                context)
        }
        print(Self.copied(path, name, copied, compared: proof.tablesCompared, context))
        // PostgreSQL keeps the evidence's records; their files go to the folder the app servers read.
        let files = try source.evidenceFolder.copyMissing(to: database.evidenceFolder)
        print(Self.evidenceCopied(files, database.evidenceFolder, context))
    }

    private func copy(_ address: PostgresAddress, intoFile path: String, _ context: CommandContext) throws {
        let database = try BlockingCall.wait {
            try await PostgresLedgerDatabase.openLedger(address, maximumConnections: 2, evidence: CommandContext.evidenceFolderNamed)
        }
        defer { try? BlockingCall.wait { await database.close() } }
        let name = "\(address.database) (PostgreSQL)"
        let (copied, compared, after) = try PostgresLedgerCopy.reading(database) { session, catalogue, check in
            guard check.passed else {
                throw CommandFailure(
                    message: context.say(
                        "\(name) no pasa check; revíselo con cuentas check antes de copiarlo; nada se copió",
                        "\(name) does not pass check; look at it with cuentas check before copying it; nothing was copied"))
            }
            let target = try LedgerStore.create(path: path)
            do {
                let tables = try PostgresLedgerCopy.tablesInOrder(session)
                let copied = try target.receiveCopy(tables, from: session, catalogue: catalogue)
                if FileManager.default.fileExists(atPath: database.evidenceFolder.url.path) {
                    _ = try database.evidenceFolder.copyMissing(to: target.evidenceFolder)
                }
                let compared = try LedgerCopy.compare(tables, of: target, with: session)
                let after = try target.fullCheck()
                guard after.ledger.passed, after.brokenLink == nil, after.balanceDifferences.isEmpty, after.catalogueProblems.isEmpty,
                    after.recordingProblems.isEmpty, after.lostPublicationHeads.isEmpty, after.fileProblems.isEmpty,
                    after.ledger.movementCount == check.ledger.movementCount, after.headHash == check.headHash
                else {
                    throw Self.notTheSame(
                        path, after.ledger.movementCount, after.headHash,
                        problems: after.ledger.violations.count + after.balanceDifferences.count, context)
                }
                return (copied, compared, after)
            } catch {
                // All or nothing: the new file goes with the copy that failed.
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
                throw error
            }
        }
        print(Self.copied(name, path, copied, compared: compared, context))
        if !after.evidenceProblems.isEmpty {
            print(
                context.say(
                    "\(after.evidenceProblems.count) archivos de evidencia no están en la carpeta del libro en PostgreSQL (\(database.evidenceFolder.url.path); CUENTAS_EVIDENCE la nombra): cópielos a \(EvidenceFolder(ledgerPath: path).url.path).",
                    "\(after.evidenceProblems.count) evidence files are not in the PostgreSQL ledger's folder (\(database.evidenceFolder.url.path); CUENTAS_EVIDENCE names it): copy them to \(EvidenceFolder(ledgerPath: path).url.path)."
                ))
        }
    }

    private static func evidenceCopied(_ files: Int, _ folder: EvidenceFolder, _ context: CommandContext) -> String {
        context.say(
            "Evidencia: \(files) archivos copiados a \(folder.url.path), la carpeta de la que este libro en PostgreSQL los lee (CUENTAS_EVIDENCE la nombra).",
            "Evidence: \(files) files copied to \(folder.url.path), the folder this PostgreSQL ledger reads them from (CUENTAS_EVIDENCE names it)."
        )
    }

    private static func notTheSame(
        _ name: String, _ movements: Int, _ head: String, problems: Int, _ context: CommandContext
    ) -> CommandFailure {
        CommandFailure(
            message: context.say(
                "la copia en \(name) no es igual al origen: \(movements) movimientos, cabeza \(head.prefix(16)), \(problems) problemas",
                "the copy in \(name) is not its source: \(movements) movements, head \(head.prefix(16)), \(problems) problems"))
    }

    private static func copied(
        _ from: String, _ to: String, _ report: LedgerCopy.Report, compared: Int, _ context: CommandContext
    ) -> String {
        context.say(
            "Copiado \(from) en \(to): \(report.tables) tablas, \(report.rows) filas, \(report.movements) movimientos registrados de nuevo con las reglas.\nComprobado: las \(compared) tablas iguales fila por fila, la misma cadena (cabeza \(report.headHash.prefix(16))), las reglas y los saldos guardados se cumplen en la copia.",
            "Copied \(from) into \(to): \(report.tables) tables, \(report.rows) rows, \(report.movements) movements recorded again through the rules.\nProved: all \(compared) tables equal row for row, the same chain (head \(report.headHash.prefix(16))), the rules and the stored balances hold on the copy."
        )
    }
}
