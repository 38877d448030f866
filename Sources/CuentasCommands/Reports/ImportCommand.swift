import ArgumentParser
import CuentasCore
import CuentasImport
import CuentasStore
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import movements from a CSV file, all or nothing: deposits, donations, transfers, payments, approvals, statuses, progress, reversals.",
        discussion: """
            The kind is recognized from the header (formats in SampleData/README.md), or given with --kind.
            One bad row and nothing is imported; the message names the line, the column, the value and what was expected.
            Example: cuentas import SampleData/csv/deposits.csv --by "Tesorería Municipal"
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The CSV file.") var file: String
    @Option(help: "deposits, donations, transfers, payments, approvals, statuses, progress or reversals. Default: from the header.") var kind: String?
    @Option(help: "How amounts are written: dot (1,234.50) or comma (1.234,50).") var numberStyle: String = "dot"
    @Option(help: "Who records it. Default: $CUENTAS_USER, else $USER.") var by: String?

    func validate() throws {
        if let kind, ImportKind(rawValue: kind) == nil {
            let kinds = ImportKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw global.refuse("--kind: se espera uno de: \(kinds)", "--kind: expected one of: \(kinds)")
        }
        if NumberStyle(rawValue: numberStyle) == nil { throw global.refuse("--number-style: se espera dot o comma", "--number-style: expected dot or comma") }
    }

    func run() throws {
        try global.perform { context in
            func refusal(_ error: ImportError) -> CommandFailure {
                CommandFailure(message: "\(file): " + error.explanation(in: context.language) + context.say(". Nada se importó.", ". Nothing was imported."))
            }
            let table: CSVTable
            let resolvedKind: ImportKind
            do {
                // The file's bytes are let go once its rows are read (36 MB for a 360,000-row file).
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw CommandFailure(message: context.say("\(file): no se puede leer", "\(file): cannot be read"))
                }
                table = try CSVReader.read(data)
                (resolvedKind, _) = try ImportMapper.columns(of: table, kind: kind.flatMap(ImportKind.init(rawValue:)))
            } catch let error as ImportError {
                throw refusal(error)
            }
            let store = try context.openLedger()
            var recording = RecordingOptions()
            recording.by = by
            let recordedBy = try recording.recorder()
            let style = NumberStyle(rawValue: numberStyle)!
            if resolvedKind.isCatalogue {
                let entries: [ImportMapper.Entry]
                do {
                    entries = try ImportMapper(catalogue: try store.catalogue(), numberStyle: style, recordedBy: recordedBy)
                        .entries(from: table, kind: resolvedKind).1
                } catch let error as ImportError {
                    throw refusal(error)
                }
                do {
                    try store.addCatalogue(entries.flatMap(\.catalogueEntries))
                } catch StoreError.catalogueInBatch(let index, let error) {
                    throw CommandFailure(message: context.say(
                        "\(file): línea \(entries[index].line): \(error.explanation(in: .spanish)). Nada se importó.",
                        "\(file): line \(entries[index].line): \(error.explanation(in: .english)). Nothing was imported."))
                }
                print(context.say(
                    "\(file): \(entries.count) registros importados (\(resolvedKind.rawValue)).",
                    "\(file): imported \(entries.count) records (\(resolvedKind.rawValue))."))
                return
            }
            // Rows are mapped inside the transaction that records them, against the catalogue it reads: one read of
            // the catalogue (a national one took 0.4 s to load), and nothing can change between mapping and recording.
            var entries: [ImportMapper.Entry] = []
            var draftCounts: [Int] = []
            var mappingError: ImportError?
            do {
                let numbers = try store.recordReturningNumbers { catalogue in
                    do throws(ImportError) {
                        entries = try ImportMapper(catalogue: catalogue, numberStyle: style, recordedBy: recordedBy)
                            .entries(from: table, kind: resolvedKind).1
                    } catch {
                        mappingError = error
                        throw error
                    }
                    // Room for exactly the drafts: growing by doubling held up to twice them, plus the copy.
                    var drafts: [MovementDraft] = []
                    drafts.reserveCapacity(entries.reduce(0) { $0 + $1.drafts.count })
                    for entry in entries { drafts += entry.drafts }
                    // Each row keeps how many drafts it made, to name the row of a refused draft, and lets them go.
                    draftCounts = entries.map(\.drafts.count)
                    entries = entries.map { $0.withoutDrafts() }
                    return drafts
                }
                // Every kind of movement file has at least one row, and every row records at least one movement.
                let recorded = numbers!
                print(context.say(
                    "\(file): \(recorded.count) movimientos importados (\(resolvedKind.rawValue)), #\(recorded.lowerBound) a #\(recorded.upperBound).",
                    "\(file): imported \(recorded.count) movements (\(resolvedKind.rawValue)), #\(recorded.lowerBound) to #\(recorded.upperBound)."))
            } catch StoreError.violationInBatch(let index, let violation) {
                // The batch index counts drafts; find the row that made it.
                var remaining = index
                let row = draftCounts.firstIndex { count in
                    defer { remaining -= count }
                    return remaining < count
                }!
                let entry = entries[row]
                let error = entry.error(violation, kind: resolvedKind)
                throw refusal(error)
            } catch where mappingError != nil {
                throw refusal(mappingError!)
            }
        }
    }
}
