import Foundation

/// A signature carried inside the statement it signs, so that one file sent through a chat can be checked alone.
///
/// HTML: a comment after the document, `<!-- cuentas-signature-1 publication=N key=BASE64 signature=BASE64 -->`.
/// XML: a last child element `<signature publication="N" key="BASE64" algorithm="Ed25519">BASE64</signature>` on its
/// own line before the closing tag. Either way the signature covers the file's bytes with that line taken out.
public enum EmbeddedSignature {
    public struct Found: Sendable, Equatable {
        public let publication: Int
        public let publicKey: Data
        public let signature: Data
        /// The bytes the signature covers.
        public let signedBytes: [UInt8]
    }

    static let htmlMarker = "<!-- cuentas-signature-1 "

    public static func signHTML(_ html: String, publication: Int, identity: SigningIdentity) -> String {
        let signature = identity.signature(for: Array(html.utf8))
        return html
            + "\(htmlMarker)publication=\(publication) key=\(identity.publicIdentity.base64) signature=\(signature.base64EncodedString()) -->\n"
    }

    public static func signXML(_ xml: String, publication: Int, identity: SigningIdentity) -> String {
        let signature = identity.signature(for: Array(xml.utf8))
        let element =
            "  <signature publication=\"\(publication)\" key=\"\(identity.publicIdentity.base64)\" algorithm=\"Ed25519\">\(signature.base64EncodedString())</signature>\n"
        guard let closing = xml.range(of: "</", options: .backwards) else { preconditionFailure("not an XML document") }
        var signed = xml
        signed.insert(contentsOf: element, at: closing.lowerBound)
        return signed
    }

    /// Finds the signature in an HTML or XML statement, and the bytes it covers.
    public static func find(in text: String) -> Found? {
        if let marker = text.range(of: htmlMarker, options: .backwards) {
            let line = text[marker.upperBound...].prefix { $0 != "\n" }
            let fields = attributes(String(line), separator: "=", quoted: false)
            guard let number = fields["publication"].flatMap(Int.init), let key = fields["key"].flatMap({ Data(base64Encoded: $0) }),
                let signature = fields["signature"].flatMap({ Data(base64Encoded: $0) })
            else { return nil }
            return Found(publication: number, publicKey: key, signature: signature, signedBytes: Array(text[..<marker.lowerBound].utf8))
        }
        if let start = text.range(of: "  <signature ", options: .backwards),
            let end = text[start.upperBound...].range(of: "</signature>\n")
        {
            let element = String(text[start.upperBound..<end.lowerBound])
            guard let close = element.firstIndex(of: ">") else { return nil }
            let fields = attributes(String(element[..<close]), separator: "=", quoted: true)
            guard let number = fields["publication"].flatMap(Int.init), let key = fields["key"].flatMap({ Data(base64Encoded: $0) }),
                let signature = Data(base64Encoded: String(element[element.index(after: close)...]))
            else { return nil }
            let unsigned = String(text[..<start.lowerBound]) + String(text[end.upperBound...])
            return Found(publication: number, publicKey: key, signature: signature, signedBytes: Array(unsigned.utf8))
        }
        return nil
    }

    private static func attributes(_ text: String, separator: Character, quoted: Bool) -> [String: String] {
        var result: [String: String] = [:]
        for part in text.split(separator: " ") {
            guard let equals = part.firstIndex(of: separator) else { continue }
            var value = String(part[part.index(after: equals)...])
            if quoted { value = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            result[String(part[..<equals])] = value
        }
        return result
    }
}
