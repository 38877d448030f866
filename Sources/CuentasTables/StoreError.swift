import CuentasCore

/// Why a store refused a write or could not read: one error for both stores (the SQLite file and PostgreSQL), so
/// that what reads and writes through the store interface says the same whichever holds the ledger.
public enum StoreError: ExplainedError {
    case noLedger(path: String)
    case ledgerExists(path: String)
    case duplicate(what: String, id: String)
    case unknown(what: String, id: String)
    /// An amendment that would change nothing: the field already holds that value (the same amendment typed twice).
    case unchanged(subject: String, field: String, value: String)
    case invalid(InputError)
    case violation(LedgerViolation)
    /// A violation in one of several entries written together (an import): `index` counts from 0.
    case violationInBatch(index: Int, LedgerViolation)
    case approval(ApprovalError)
    /// A refusal in one of several parties or projects added together: `index` counts from 0.
    indirect case catalogueInBatch(index: Int, StoreError)
    case scheme(SchemeError)
    case corruptRow(table: String, id: String, detail: String)
    /// The disk holding the ledger is full; the transaction was rolled back.
    case diskFull
    /// The ledger file may be read but not written.
    case readOnly
    /// The same file (by the SHA-256 of its bytes) was imported before: nothing was recorded again.
    case fileAlreadyImported(first: Int64, last: Int64, recordedAt: String)
    case database(String)
    /// Evidence, a visit, a complaint or a contact refused (`OversightRefusal`).
    case oversight(OversightRefusal)

    /// What the code both stores share throws, as the store says it; anything else as a database error (each store
    /// first says its own database's errors: a full disk, a read-only file, the server's refusal).
    public init(shared error: any Error) {
        if let error = error as? StoreError {
            self = error
        } else if let refused = error as? RefusedDraft {
            self = .violationInBatch(index: refused.index, refused.violation)
        } else if let damaged = error as? DamagedRow {
            self = .corruptRow(table: damaged.table, id: damaged.id, detail: damaged.detail)
        } else {
            self = .database("\(error)")
        }
    }

    /// A batch of one: the violation without its position.
    public var unbatched: StoreError {
        if case .violationInBatch(_, let violation) = self { return .violation(violation) }
        return self
    }

    public func explanation(in language: Language) -> String {
        switch self {
        case .diskFull:
            return say(
                language, es: "el disco del libro está lleno; nada se cambió. Libere espacio y vuelva a intentarlo",
                en: "the disk holding the ledger is full; nothing was changed. Free some space and try again")
        case .readOnly:
            return say(
                language, es: "el archivo del libro es de solo lectura: se puede revisar y mostrar, no registrar; nada se cambió",
                en: "the ledger file is read-only: it can be checked and shown, not written; nothing was changed")
        case .noLedger(let path):
            return say(
                language, es: "no hay libro en \(path); créelo con `cuentas init --db \(path)`",
                en: "there is no ledger at \(path); create it with `cuentas init --db \(path)`")
        case .ledgerExists(let path):
            return say(
                language, es: "ya existe un archivo en \(path); no se toca", en: "a file already exists at \(path); it was left alone")
        case .duplicate(let what, let id):
            // The existing one's spelling: "club-a" is refused because CLUB-A exists (identifiers are one thing whatever
            // their case).
            return say(
                language, es: "ya existe \(what) \(id) (los identificadores no distinguen mayúsculas)",
                en: "\(what) \(id) already exists (identifiers are the same whatever their case)")
        case .unknown(let what, let id):
            return say(language, es: "no existe \(what) \(id)", en: "there is no \(what) \(id)")
        case .unchanged(let subject, let field, let value):
            let shown = value.isEmpty ? "—" : value
            return say(
                language, es: "\(subject): \(field) ya es «\(TextLimits.shown(shown))»; nada que cambiar, nada se registró",
                en: "\(subject): \(field) is already “\(TextLimits.shown(shown))”; nothing to change, nothing was recorded")
        case .invalid(let error): return error.explanation(in: language)
        case .violation(let violation): return violation.explanation(in: language)
        case .violationInBatch(_, let violation): return violation.explanation(in: language)
        case .approval(let error): return error.explanation(in: language)
        case .catalogueInBatch(_, let error): return error.explanation(in: language)
        case .scheme(let error): return error.explanation(in: language)
        case .fileAlreadyImported(let first, let last, let recordedAt):
            return say(
                language,
                es: "este archivo ya se importó (\(recordedAt.prefix(10)), movimientos #\(first) a #\(last)); nada se registró de nuevo",
                en: "this file was imported already (\(recordedAt.prefix(10)), movements #\(first) to #\(last)); nothing was recorded again"
            )
        case .corruptRow(let table, let id, let detail):
            // "?": the row's own key is what could not be read.
            let row = id == "?" ? table : "\(table) \(id)"
            return say(
                language,
                es:
                    "el archivo está dañado o fue alterado fuera del programa: \(row): \(detail); nada se cambió. Restaure la última copia de seguridad",
                en:
                    "the file is damaged or was changed outside the program: \(row): \(detail); nothing was changed. Restore the last backup"
            )
        case .oversight(let refusal): return refusal.explanation(in: language)
        case .database(let message):
            return say(language, es: "error de la base de datos: \(message)", en: "database error: \(message)")
        }
    }
}
