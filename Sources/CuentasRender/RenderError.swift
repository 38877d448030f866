import CuentasCore

/// Why a statement could not be rendered or published.
public enum RenderError: ExplainedError, Equatable {
    case missingFile(String)
    case template(name: String, detail: String)
    /// The XML document does not match the schema: the validator's line and message.
    case invalidXML(document: String, line: Int, message: String)
    case xmlWriter(String)

    public func explanation(in language: Language) -> String {
        let spanish = language == .spanish
        switch self {
        case .missingFile(let path): return spanish ? "falta el archivo \(path)" : "missing file \(path)"
        case .template(let name, let detail):
            return spanish ? "la plantilla \(name) no se pudo usar: \(detail)" : "template \(name) could not be used: \(detail)"
        case .invalidXML(let document, let line, let message):
            return spanish
                ? "\(document), línea \(line): el XML no cumple el esquema: \(message)"
                : "\(document), line \(line): the XML does not match the schema: \(message)"
        case .xmlWriter(let detail): return spanish ? "error al escribir XML: \(detail)" : "error writing XML: \(detail)"
        }
    }
}
