import ArgumentParser
import CuentasCore
import CuentasStore
import Foundation

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Copy the ledger into a new file, safely, even while someone is recording.",
        discussion: "Example: cuentas backup /media/usb/cuentas-2026-11-23.sqlite")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The new file (must not exist).") var destination: String

    func run() throws {
        try global.perform { context in
            let store = try context.openLedger()
            try store.backup(to: destination)
            let copy = try LedgerStore.open(path: destination).fullCheck()
            guard copy.passed else {
                throw CommandFailure(message: context.say("la copia \(destination) no pasa check", "the copy \(destination) does not pass check"))
            }
            print(context.say(
                "Copia en \(destination): \(copy.ledger.movementCount) movimientos, revisada con check.",
                "Backup at \(destination): \(copy.ledger.movementCount) movements, checked."))
        }
    }
}

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
                throw CommandFailure(message: context.say(
                    "\(source) no pasa `cuentas check`; no se restaura", "\(source) does not pass `cuentas check`; not restored"))
            }
            if FileManager.default.fileExists(atPath: target) && !force {
                throw CommandFailure(message: context.say(
                    "\(target) ya existe; agregue --force para reemplazarlo con la copia", "\(target) exists; add --force to replace it with the backup"))
            }
            try backup.restore(over: target)
            print(context.say(
                "Libro \(target) restaurado desde \(source): \(check.ledger.movementCount) movimientos.",
                "Ledger \(target) restored from \(source): \(check.ledger.movementCount) movements."))
        }
    }
}
