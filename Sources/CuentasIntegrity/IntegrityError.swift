import CuentasCore

/// A key file, a signature or a published manifest that cannot be used.
public enum IntegrityError: ExplainedError, Equatable {
    case badKeyFile(expected: String)
    case badManifest(String)

    public func explanation(in language: Language) -> String {
        let spanish = language == .spanish
        switch self {
        case .badKeyFile(let expected):
            return spanish ? "no es un archivo de llave válido (se espera \"\(expected)\")" : "not a valid key file (expected \"\(expected)\")"
        case .badManifest(let detail):
            return spanish ? "el manifiesto de la publicación no se puede leer: \(detail)" : "the publication manifest cannot be read: \(detail)"
        }
    }
}
