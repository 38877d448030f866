import CuentasCore

/// Why the server did not start.
public enum WebStartError: ExplainedError {
    case unreadableKey(path: String)

    public func explanation(in language: Language) -> String {
        switch self {
        case .unreadableKey(let path): return say(language, es: "\(path): no se puede leer la llave", en: "\(path): the key cannot be read")
        }
    }
}
