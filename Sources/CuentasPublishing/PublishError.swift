import CuentasCore
import CuentasRender
import CuentasStore
import CuentasTables

/// Why a publication was not written.
public enum PublishError: ExplainedError {
    /// `cuentas check` finds problems: a ledger with problems is not signed.
    case ledgerFails
    /// versions/N already exists: earlier publications are never rewritten.
    case versionExists(path: String)
    /// The ledger records publication N, and its folder is not in the site (nor a finished partial one).
    case publicationMissing(number: Int, path: String)
    case unreadable(path: String)
    case unwritable(path: String, detail: String)
    case store(StoreError)
    case render(RenderError)

    public func explanation(in language: Language) -> String {
        switch self {
        case .ledgerFails:
            return say(
                language,
                es: "el libro no pasa `cuentas check`; no se firma una publicación de un libro con problemas",
                en: "the ledger does not pass `cuentas check`; a ledger with problems is not signed")
        case .versionExists(let path):
            return say(
                language,
                es: "\(path) ya existe y no se reescribe; ¿es la carpeta correcta del sitio?",
                en: "\(path) already exists and is never rewritten; is this the right site folder?")
        case .publicationMissing(let number, let path):
            return say(
                language,
                es:
                    "el libro registra la publicación \(number) y \(path) no está en el sitio; restáurela desde la copia del sitio antes de publicar otra",
                en:
                    "the ledger records publication \(number) and \(path) is not in the site; restore it from the site's backup before publishing another"
            )
        case .unreadable(let path): return say(language, es: "\(path): no se puede leer", en: "\(path): cannot be read")
        case .unwritable(let path, let detail):
            return say(language, es: "\(path): no se pudo escribir: \(detail)", en: "\(path): could not be written: \(detail)")
        case .store(let error): return error.explanation(in: language)
        case .render(let error): return error.explanation(in: language)
        }
    }
}
