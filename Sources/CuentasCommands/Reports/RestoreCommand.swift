import ArgumentParser
import CuentasCore
import CuentasStore
import Foundation

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Replace the ledger (--db) with a backup; refuses to overwrite without --force.",
        discussion: "Example: cuentas restore /media/usb/cuentas-2026-11-23.sqlite --db cuentas.sqlite --force")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The backup file.") var source: String
    @Flag(help: "Replace an existing ledger.") var force = false

    func run() throws {
        try global.perform { context in
            let target = global.databasePath
            let backup = try LedgerStore.open(path: source)
            let check = try backup.fullCheck()
            guard check.passed else {
                throw CommandFailure(
                    message: context.say(
                        "\(source) no pasa `cuentas check`; no se restaura", "\(source) does not pass `cuentas check`; not restored"))
            }
            if FileManager.default.fileExists(atPath: target) && !force {
                throw CommandFailure(
                    message: context.say(
                        "\(target) ya existe; agregue --force para reemplazarlo con la copia",
                        "\(target) exists; add --force to replace it with the backup"))
            }
            try backup.restore(over: target)
            print(
                context.say(
                    "Libro \(target) restaurado desde \(source): \(check.ledger.movementCount) movimientos.",
                    "Ledger \(target) restored from \(source): \(check.ledger.movementCount) movements."))
        }
    }
}
