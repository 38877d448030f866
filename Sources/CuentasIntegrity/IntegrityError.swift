import CuentasCore

/// A key file, a signature or a published manifest that cannot be used.
public enum IntegrityError: ExplainedError, Equatable {
    case badKeyFile(expected: String)
    case badManifest(String)

    public func explanation(in language: Language) -> String {
        switch self {
        case .badKeyFile(let expected):
            return say(
                language, es: "no es un archivo de llave válido (se espera \"\(expected)\")",
                en: "not a valid key file (expected \"\(expected)\")")
        case .badManifest(let detail):
            return say(
                language, es: "el manifiesto de la publicación no se puede leer: \(detail)",
                en: "the publication manifest cannot be read: \(detail)")
        }
    }
}
