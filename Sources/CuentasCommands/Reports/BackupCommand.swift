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
                throw CommandFailure(
                    message: context.say("la copia \(destination) no pasa check", "the copy \(destination) does not pass check"))
            }
            print(
                context.say(
                    "Copia en \(destination): \(copy.ledger.movementCount) movimientos, revisada con check.",
                    "Backup at \(destination): \(copy.ledger.movementCount) movements, checked."))
        }
    }
}
