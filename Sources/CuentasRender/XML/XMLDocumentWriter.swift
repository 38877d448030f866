import CLibXML2

/// Writes one XML document with libxml2's text writer, which escapes text and attribute values.
final class XMLDocumentWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    init() {
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        check(xmlTextWriterSetIndent(writer, 1))
        check(withXMLChars("  ") { xmlTextWriterSetIndentString(writer, $0) })
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    func start(_ name: String) {
        check(withXMLChars(name) { xmlTextWriterStartElement(writer, $0) })
    }

    func attribute(_ name: String, _ value: String) {
        check(
            withXMLChars(name) { namePointer in
                withXMLChars(DisplayableText.xml(value)) { xmlTextWriterWriteAttribute(writer, namePointer, $0) }
            })
    }

    func text(_ value: String) {
        check(withXMLChars(DisplayableText.xml(value)) { xmlTextWriterWriteString(writer, $0) })
    }

    func end() {
        check(xmlTextWriterEndElement(writer))
    }

    /// `<name attributes…>text</name>`.
    func element(_ name: String, _ value: String, _ attributes: [(String, String)] = []) {
        start(name)
        for (key, attributeValue) in attributes { attribute(key, attributeValue) }
        // An empty element is written <name/>.
        if !value.isEmpty { text(value) }
        end()
    }

    /// `<name>…</name>` around what `content` writes (its attributes first), so that every element is closed where it
    /// is opened and a missing `end()` cannot shift the rest of the document.
    func element(_ name: String, _ content: () -> Void) {
        start(name)
        content()
        end()
    }

    /// Ends the document and returns its text.
    func finish() -> String {
        check(xmlTextWriterEndDocument(writer))
        check(xmlTextWriterFlush(writer))
        let length = Int(xmlBufferLength(buffer))
        let bytes = UnsafeBufferPointer(start: xmlBufferContent(buffer), count: length)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The writer fails only when out of memory or misused: a programmer error.
    private func check(_ result: Int32) {
        precondition(result >= 0, "libxml2 text writer failed (\(result))")
    }
}

func withXMLChars<T>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> T) -> T {
    text.withCString { body(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
}
