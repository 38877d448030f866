import CuentasCore

/// Why a statement could not be rendered or published.
public enum RenderError: ExplainedError, Equatable {
    case missingFile(String)
    case template(name: String, detail: String)
    /// The XML document does not match the schema: the validator's line and message.
    case invalidXML(document: String, line: Int, message: String)
    case xmlWriter(String)

    public func explanation(in language: Language) -> String {
        switch self {
        case .missingFile(let path): return say(language, es: "falta el archivo \(path)", en: "missing file \(path)")
        case .template(let name, let detail):
            return say(language, es: "la plantilla \(name) no se pudo usar: \(detail)", en: "template \(name) could not be used: \(detail)")
        case .invalidXML(let document, let line, let message):
            return say(
                language, es: "\(document), línea \(line): el XML no cumple el esquema: \(message)",
                en: "\(document), line \(line): the XML does not match the schema: \(message)")
        case .xmlWriter(let detail): return say(language, es: "error al escribir XML: \(detail)", en: "error writing XML: \(detail)")
        }
    }
}
