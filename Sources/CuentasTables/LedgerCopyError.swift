import CuentasCore

/// Why a copy of a ledger from one store into the other stopped (nothing of it is kept: the copy is one transaction), or why its
/// proof failed.
public enum LedgerCopyError: ExplainedError {
    /// The database already holds a ledger (parties, schemes, users or movements): a copy goes into an empty one.
    case notEmpty(String)
    /// A movement of the source breaks a rule when recorded again: the source was changed outside the program.
    case violation(MovementID, LedgerViolation)
    /// A movement's hash computed again is not the one the source holds.
    case hashDiffers(MovementID)
    /// A row of the source no longer makes sense.
    case damaged(DamagedRow)
    /// After the copy, a table of the two ledgers differs (the table and how).
    case differs(String, String)

    public func explanation(in language: Language) -> String {
        switch self {
        case .notEmpty(let database):
            return say(
                language, es: "la base de datos \(database) ya tiene un libro; la copia se hace en una base vacía y nada se copió",
                en: "the database \(database) already holds a ledger; a copy goes into an empty one, and nothing was copied")
        case .violation(let id, let violation):
            return say(
                language,
                es: "el movimiento #\(id) del libro de origen no cumple las reglas: \(violation.explanation(in: language)); nada se copió",
                en: "movement #\(id) of the source ledger breaks the rules: \(violation.explanation(in: language)); nothing was copied")
        case .hashDiffers(let id):
            return say(
                language,
                es: "el hash del movimiento #\(id) no es el que guarda el libro de origen (alterado fuera del programa); nada se copió",
                en: "movement #\(id)'s hash is not the one the source ledger holds (changed outside the program); nothing was copied")
        case .damaged(let row):
            return say(
                language, es: "el libro de origen está dañado: \(row.table) \(row.id): \(row.detail); nada se copió",
                en: "the source ledger is damaged: \(row.table) \(row.id): \(row.detail); nothing was copied")
        case .differs(let table, let how):
            return say(
                language, es: "la copia difiere del origen en \(table): \(how)", en: "the copy differs from the source in \(table): \(how)")
        }
    }
}
