import ArgumentParser
import CuentasCore
import CuentasRender
import CuentasStore
import Foundation
import CuentasTables

struct SchemeAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add matching schemes from JSON files (format: SampleData/README.md).",
        discussion: "Example: cuentas scheme add SampleData/schemes/*.json")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "Scheme files.") var files: [String]

    func run() throws {
        try global.perform { context in
            let store = try context.openEither()
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw CommandFailure(message: context.say("\(file): no se puede leer", "\(file): cannot be read"))
                }
                do {
                    let scheme = try store.addScheme(json: data)
                    print(context.say("Esquema \(scheme.id) agregado desde \(file).", "Scheme \(scheme.id) added from \(file)."))
                } catch let error as StoreError {
                    throw CommandFailure(message: "\(file): " + error.explanation(in: context.language))
                }
            }
        }
    }
}
