import ArgumentParser
import CuentasCore
import CuentasTables
import CuentasPostgres
import CuentasStore
import Foundation

/// Options every command takes: which ledger file, and which language to answer in.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: "The ledger: a file, or postgres://USER@HOST/DATABASE. Default: $CUENTAS_DB, else cuentas.sqlite in this folder.")
    var db: String?

    @Option(name: .long, help: "Language of messages and tables. Default: from $LANG.")
    var lang: Language?

    /// A refusal of the options as given, in the person's language.
    func refuse(_ spanish: String, _ english: String) -> ValidationError {
        ValidationError(CuentasCore.say(language, es: spanish, en: english))
    }

    var databasePath: String {
        db ?? ProcessInfo.processInfo.environment["CUENTAS_DB"] ?? "cuentas.sqlite"
    }

    var language: Language {
        if let lang { return lang }
        let environment = ProcessInfo.processInfo.environment
        return Language.fromLocale(environment["LC_ALL"] ?? environment["LC_MESSAGES"] ?? environment["LANG"])
    }

    /// Runs a command body, turning any explained error into a message in the chosen language.
    func perform(_ body: (CommandContext) throws -> Void) throws {
        let context = CommandContext(options: self)
        do {
            try body(context)
        } catch let error as CommandFailure {
            throw error
        } catch let error as any ExplainedError {
            throw CommandFailure(message: error.explanation(in: language))
        }
    }
}

/// What a command works with: the language, the ledger, and today's date.
struct CommandContext {
    let options: GlobalOptions
    var language: Language { options.language }

    /// The ledger file, for what only a file has (`backup`: SQLite's online copy of its pages). A PostgreSQL ledger is
    /// refused, saying how such a database is backed up instead.
    func openLedger() throws -> LedgerStore {
        if case .postgres = try LedgerLocation(options.databasePath) {
            throw CommandFailure(
                message: say(
                    "esta orden trabaja con un archivo de libro; un libro en PostgreSQL (--db postgres://…) se respalda con pg_dump o con el archivado continuo del servidor (README, «Despliegue»), o se copia a un archivo con cuentas copy",
                    "this command works with a ledger file; a PostgreSQL ledger (--db postgres://…) is backed up with pg_dump or the server's continuous archiving (README, \"Deployment\"), or copied into a file with cuentas copy"
                ))
        }
        return try LedgerStore.open(path: options.databasePath)
    }

    /// The ledger, for a command that uses only what both stores implement (`SharedLedger`: recording one movement,
    /// statements, publishing, check): a file, or a PostgreSQL database (its schema brought up to date, as a file's is
    /// when opened; one `cuentas init` never prepared is refused; its evidence files in the folder `CUENTAS_EVIDENCE`
    /// names, by default `DATABASE.evidence` here). The database's connections live until the command ends.
    func openEither() throws -> any SharedLedger {
        switch try LedgerLocation(options.databasePath) {
        case .file(let path): return try LedgerStore.open(path: path)
        case .postgres(let address): return try openPostgreSQL(address)
        }
    }

    /// The folder `CUENTAS_EVIDENCE` names for a PostgreSQL ledger's evidence files; nil when unset (the ledger's
    /// default, `DATABASE.evidence` in the current folder).
    static var evidenceFolderNamed: EvidenceFolder? {
        ProcessInfo.processInfo.environment["CUENTAS_EVIDENCE"].flatMap { $0.isEmpty ? nil : $0 }.map { path in
            EvidenceFolder(url: URL(fileURLWithPath: path, isDirectory: true))
        }
    }

    /// A PostgreSQL ledger whose connections live until the command ends.
    private func openPostgreSQL(_ address: PostgresAddress) throws -> PostgresLedgerDatabase {
        let database = try BlockingCall.wait {
            try await PostgresLedgerDatabase.openLedger(address, maximumConnections: 2, evidence: Self.evidenceFolderNamed)
        }
        KeptUntilExit.keep(database)
        return database
    }

    func say(_ spanish: String, _ english: String) -> String { CuentasCore.say(language, es: spanish, en: english) }

    func money(_ value: Money) -> String { MoneyFormatter.format(value, in: language) }
    func money(_ total: MoneyTotal) -> String { MoneyFormatter.format(total, in: language) }

    /// Today in the machine's local time zone: the day a person at the keyboard means by "today".
    static var today: CalendarDate { CalendarDate.today() }

    /// The days an event typed now may carry: up to today, from `CUENTAS_EARLIEST_DATE` (YYYY-MM-DD) when set, else
    /// from 2000-01-01.
    static func dateBounds() throws(InputError) -> DateBounds {
        DateBounds(today: today, earliest: try earliestDate())
    }

    static func earliestDate() throws(InputError) -> CalendarDate {
        guard let text = ProcessInfo.processInfo.environment["CUENTAS_EARLIEST_DATE"], !text.isEmpty else {
            return DateBounds.defaultEarliest
        }
        return try CalendarDate(parsing: text, field: "CUENTAS_EARLIEST_DATE")
    }
}
