import ArgumentParser
import CuentasCore
import CuentasImport
import CuentasIntegrity
import CuentasStore
import Foundation
import CuentasTables

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Import a CSV file, all or nothing: movements (deposits, donations, transfers, payments, approvals, statuses, progress, reversals), catalogue entries (governments, clubs, projects) or amendments.",
        discussion: """
            The kind is recognized from the header (formats in SampleData/README.md), or given with --kind.
            One bad row and nothing is imported; the message names the line, the column, the value and what was expected.
            Example: cuentas import SampleData/csv/deposits.csv --by "Tesorería Municipal"
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The CSV file.") var file: String
    @Option(help: "What the file holds. Default: from the header.") var kind: ImportKind?
    @Option(help: "How amounts are written: dot (1,234.50) or comma (1.234,50).") var numberStyle: NumberStyle = .dotDecimal
    @OptionGroup var recorder: RecorderOption

    func run() throws {
        try global.perform { context in
            func refusal(_ error: ImportError) -> CommandFailure {
                var hint = ""
                if case .invalid(let input) = error.problem, case .amount(.otherStyle, _, _) = input.expected {
                    // The option that reads the other style is the command line's own; the message says so here only.
                    hint = context.say(" (--number-style elige el estilo del archivo)", " (--number-style chooses the file's style)")
                }
                return CommandFailure(
                    message: "\(file): " + error.explanation(in: context.language) + hint
                        + context.say(". Nada se importó.", ". Nothing was imported."))
            }
            if let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int {
                do throws(ImportError) { try CSVReader.check(size: size) } catch { throw refusal(error) }
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandFailure(message: context.say("\(file): no se puede leer", "\(file): cannot be read"))
            }
            // The rows, read from the file's bytes; let go once mapped (below), and read again from the same bytes
            // only to name a row the ledger refuses.
            var table: CSVTable?
            let resolvedKind: ImportKind
            do {
                table = try CSVReader.read(data)
                (resolvedKind, _) = try ImportMapper.columns(of: table!, kind: kind)
            } catch let error as ImportError {
                throw refusal(error)
            }
            let store = try context.openEither()
            let recordedBy = try recorder.name
            let style = numberStyle
            let earliest = try CommandContext.earliestDate()
            if resolvedKind.isCatalogue {
                let entries: [ImportMapper.Entry]
                do {
                    entries = try ImportMapper(
                        catalogue: try store.catalogue(), numberStyle: style, recordedBy: recordedBy, earliest: earliest
                    )
                    .entries(from: table!, kind: resolvedKind).1
                } catch let error as ImportError {
                    throw refusal(error)
                }
                do {
                    try store.addCatalogue(entries.flatMap(\.catalogueEntries))
                } catch StoreError.catalogueInBatch(let index, let error) {
                    // The column the refusal is about: the entry's own identifier when it is taken, the column naming
                    // what the ledger does not know, the field of a bad value.
                    let column: String?
                    switch error {
                    case .duplicate: column = resolvedKind.identifierColumn
                    case .unknown(let what, _): column = resolvedKind.column(naming: what)
                    // An amendment's checks are about its value (a line's amount, a date, a party it names).
                    case .invalid(let input): column = resolvedKind == .amendments ? "value" : input.field
                    case .unchanged: column = "value"
                    default: column = nil
                    }
                    let place = column.map { context.say(", columna \($0)", ", column \($0)") } ?? ""
                    throw CommandFailure(
                        message: context.say(
                            "\(file): línea \(entries[index].line)\(place): \(error.explanation(in: .spanish)). Nada se importó.",
                            "\(file): line \(entries[index].line)\(place): \(error.explanation(in: .english)). Nothing was imported."))
                }
                print(
                    context.say(
                        "\(file): \(entries.count) registros importados (\(resolvedKind.rawValue)).",
                        "\(file): imported \(entries.count) records (\(resolvedKind.rawValue))."))
                return
            }
            // Rows are mapped inside the transaction that records them, against the catalogue it reads: one read of
            // the catalogue (a national one is slow to load), and nothing can change between mapping and recording.
            var draftCounts: [Int] = []
            var mappingError: ImportError?
            var attachments: [(draft: Int, evidence: EvidenceDraft)] = []
            // The sendings an arrivals file confirms, read before its transaction: recorded movements never change.
            let sendings =
                resolvedKind == .arrivals
                ? Dictionary(
                    uniqueKeysWithValues: try store.movements(numbered: ImportMapper.sendingNumbers(in: table!)).map { ($0.id, $0) }) : [:]
            do {
                let importedFile = ImportedFile(sha256: HashChain.sha256(Array(data)), kind: resolvedKind.rawValue, recordedBy: recordedBy)
                let numbers = try store.recordReturningNumbers(file: importedFile, evidence: { attachments }) { catalogue in
                    let entries: [ImportMapper.Entry]
                    do throws(ImportError) {
                        var mapper = ImportMapper(catalogue: catalogue, numberStyle: style, recordedBy: recordedBy, earliest: earliest)
                        mapper.sendings = sendings
                        entries = try mapper.entries(from: table!, kind: resolvedKind).1
                        attachments = try ImportEvidence.attachments(entries, besideFile: file, recordedBy: recordedBy)
                    } catch {
                        mappingError = error
                        throw error
                    }
                    // The rows are let go before the ledger is replayed to record the drafts: their strings were 115 MB
                    // of a 360,000-row import's peak, kept only to name a refused row's column and value. How many drafts
                    // each row made is enough to find that row again.
                    table = nil
                    draftCounts = entries.map(\.drafts.count)
                    // Room for exactly the drafts: growing by doubling held up to twice them, plus the copy.
                    var drafts: [MovementDraft] = []
                    drafts.reserveCapacity(draftCounts.reduce(0, +))
                    for entry in entries { drafts += entry.drafts }
                    return drafts
                }
                // Every kind of movement file has at least one row, and every row records at least one movement.
                let recorded = numbers!
                print(
                    context.say(
                        "\(file): \(recorded.count) movimientos importados (\(resolvedKind.rawValue)), #\(recorded.lowerBound) a #\(recorded.upperBound).",
                        "\(file): imported \(recorded.count) movements (\(resolvedKind.rawValue)), #\(recorded.lowerBound) to #\(recorded.upperBound)."
                    ))
                if !attachments.isEmpty {
                    print(
                        context.say(
                            "\(attachments.count) archivos de evidencia adjuntados.", "\(attachments.count) evidence files attached."))
                }
                if resolvedKind == .donations {
                    print(
                        context.say(
                            "Cada donativo tiene su código de recibo: `cuentas receipt list --club CLUB` los lista.",
                            "Each donation has its receipt code: `cuentas receipt list --club CLUB` lists them."))
                }
            } catch StoreError.fileAlreadyImported(let first, let last, let recordedAt) {
                // Not a failure: running the same import again is safe, and a script that does so goes on.
                print(
                    "\(file): "
                        + StoreError.fileAlreadyImported(first: first, last: last, recordedAt: recordedAt).explanation(in: context.language)
                        + ".")
            } catch StoreError.violationInBatch(let index, let violation) {
                // The batch index counts drafts; find the row that made it.
                var remaining = index
                let row = draftCounts.firstIndex { count in
                    defer { remaining -= count }
                    return remaining < count
                }!
                let rows: CSVTable
                do { rows = try CSVReader.read(data) } catch { preconditionFailure("the same bytes were read once already: \(error)") }
                throw refusal(ImportMapper.error(violation, row: row, of: rows, kind: resolvedKind))
            } catch  where mappingError != nil {
                throw refusal(mappingError!)
            }
        }
    }
}
