import CLibXML2
import Foundation

/// Validates documents against an XSD with libxml2, reporting the first error with its line.
public final class XMLSchemaValidator: @unchecked Sendable {
    // The parsed schema is only read after init; libxml2 allows one schema to serve many validation contexts.
    private let schema: xmlSchemaPtr
    private let lock = NSLock()

    public init(schemaPath: String) throws(RenderError) {
        xmlInitParser()
        guard FileManager.default.fileExists(atPath: schemaPath), let parser = xmlSchemaNewParserCtxt(schemaPath) else {
            throw RenderError.missingFile(schemaPath)
        }
        defer { xmlSchemaFreeParserCtxt(parser) }
        guard let schema = xmlSchemaParse(parser) else {
            throw RenderError.invalidXML(document: schemaPath, line: 0, message: "the schema itself could not be read")
        }
        self.schema = schema
    }

    deinit { xmlSchemaFree(schema) }

    /// Checks that `text` is well-formed and valid; throws the first problem with its line.
    public func validate(_ text: String, documentName: String) throws(RenderError) {
        lock.lock()
        defer { lock.unlock() }
        guard let parser = xmlNewParserCtxt() else { preconditionFailure("libxml2 out of memory") }
        defer { xmlFreeParserCtxt(parser) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let utf8 = Array(text.utf8)
        let document = utf8.withUnsafeBufferPointer { bytes in
            bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                xmlCtxtReadMemory(parser, $0, Int32(bytes.count), documentName, "UTF-8", options)
            }
        }
        guard let document else {
            let error = xmlCtxtGetLastError(parser)
            throw RenderError.invalidXML(
                document: documentName, line: Int(error?.pointee.line ?? 0), message: Self.message(error))
        }
        defer { xmlFreeDoc(document) }
        guard let validation = xmlSchemaNewValidCtxt(schema) else { preconditionFailure("libxml2 out of memory") }
        defer { xmlSchemaFreeValidCtxt(validation) }
        let collector = ErrorCollector()
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        xmlSchemaSetValidStructuredErrors(
            validation,
            { context, error in
                guard let context, let error else { return }
                let collector = Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue()
                if collector.first == nil { collector.first = (Int(error.pointee.line), XMLSchemaValidator.message(error)) }
            }, box.toOpaque())
        let result = xmlSchemaValidateDoc(validation, document)
        if result != 0 {
            let (line, message) = collector.first ?? (0, "invalid (libxml2 code \(result))")
            throw RenderError.invalidXML(document: documentName, line: line, message: message)
        }
    }

    private final class ErrorCollector {
        var first: (Int, String)?
    }

    fileprivate static func message(_ error: UnsafePointer<xmlError>?) -> String {
        guard let error, let text = error.pointee.message else { return "not well-formed" }
        return String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
