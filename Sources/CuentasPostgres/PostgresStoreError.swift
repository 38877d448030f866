import CuentasCore

/// What went wrong with a PostgreSQL ledger, said for a person: the address, or what the server answered.
public enum PostgresStoreError: ExplainedError, Equatable {
    /// What an address lacked.
    public enum Expected: Sendable, Equatable {
        case scheme, user, database, host, port, sslmode
    }

    /// The address given and what was expected of it.
    case address(String, Expected)
    /// The server refused a statement: its message (a constraint, the append-only rule, a lost connection).
    case server(String)
    /// No connection could be made to the database (where, and the reason given).
    case unreachable(String, String)
    /// The database holds no ledger: `cuentas init --db` was never run on it (its name).
    case noLedger(String)

    /// What the server or the connection said, without the words around it.
    var reason: String {
        switch self {
        case .address(let text, _): return text
        case .server(let message): return message
        case .unreachable(_, let reason): return reason
        case .noLedger(let database): return database
        }
    }

    public func explanation(in language: Language) -> String {
        switch self {
        case .address(let text, let expected):
            return say(
                language, es: "\(text): no es una dirección de PostgreSQL; se espera \(Self.words(expected, .spanish))",
                en: "\(text): not a PostgreSQL address; expected \(Self.words(expected, .english))")
        case .server(let message):
            return say(language, es: "PostgreSQL respondió: \(message)", en: "PostgreSQL answered: \(message)")
        case .unreachable(let place, let reason):
            return say(
                language, es: "no se pudo conectar con PostgreSQL en \(place): \(reason)",
                en: "could not connect to PostgreSQL at \(place): \(reason)")
        case .noLedger(let database):
            return say(
                language, es: "la base de datos \(database) no tiene libro; créelo con `cuentas init --db postgres://…`",
                en: "the database \(database) holds no ledger; create one with `cuentas init --db postgres://…`")
        }
    }

    private static func words(_ expected: Expected, _ language: Language) -> String {
        switch expected {
        case .scheme: return "postgres://USER@HOST/DATABASE"
        case .user: return say(language, es: "un nombre de usuario antes de @", en: "a user name before @")
        case .database: return say(language, es: "el nombre de la base de datos después del host", en: "a database name after the host")
        case .host: return say(language, es: "un host, o ?host=/carpeta/del/socket", en: "a host, or ?host=/socket/folder")
        case .port: return say(language, es: "un puerto de 1 a 65535", en: "a port from 1 to 65535")
        case .sslmode: return "sslmode=disable, prefer, require " + say(language, es: "o", en: "or") + " verify-full"
        }
    }
}
