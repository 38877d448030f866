import CLibXML2
import CuentasCore
import Foundation

/// Reads what a CFDI 4.0 invoice (the SAT's electronic invoice) says about itself: the fiscal folio of its stamp
/// (`tfd:TimbreFiscalDigital/@UUID`), the issuer's RFC (`cfdi:Emisor/@Rfc`), the total (`@Total`) and the currency
/// (`@Moneda`). Parsed with libxml2 without the network, without DTDs and without expanding entities, so a hostile file
/// can neither reach out nor grow. The structure is checked element by element (the SAT's XSDs are public, but they
/// import the SAT's catalogues over the network, which this machine does not reach).
public enum CFDIInvoice {
    public static let namespace = "http://www.sat.gob.mx/cfd/4"
    public static let stampNamespace = "http://www.sat.gob.mx/TimbreFiscalDigital"

    /// The invoice's fields, or a refusal naming what is missing or wrong.
    public static func read(_ bytes: [UInt8], fileName: String) throws(OversightRefusal) -> InvoiceComparison.Invoice {
        xmlInitParser()
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), fileName, nil, options)
            }
        }
        guard let document else { throw .notAnInvoice(fileName: fileName, detail: "not well-formed XML") }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), name(root) == "Comprobante", namespaceOf(root) == namespace else {
            throw .notAnInvoice(fileName: fileName, detail: "the root is not cfdi:Comprobante of \(namespace)")
        }
        guard attribute(root, "Version") == "4.0" else {
            throw .notAnInvoice(fileName: fileName, detail: "Version is \(attribute(root, "Version") ?? "missing"), expected 4.0")
        }
        guard let totalText = attribute(root, "Total") else { throw .notAnInvoice(fileName: fileName, detail: "Total is missing") }
        guard let currency = attribute(root, "Moneda"), let code = try? CurrencyCode(currency) else {
            throw .notAnInvoice(fileName: fileName, detail: "Moneda is missing or not a currency code")
        }
        guard let total = minorUnits(totalText, digits: code.minorDigits) else {
            throw .notAnInvoice(fileName: fileName, detail: "Total \"\(TextLimits.shown(totalText))\" is not an amount in \(currency)")
        }
        guard let issuer = child(root, "Emisor", namespace), let rfc = attribute(issuer, "Rfc") else {
            throw .notAnInvoice(fileName: fileName, detail: "cfdi:Emisor/@Rfc is missing")
        }
        guard let complement = child(root, "Complemento", namespace), let stamp = child(complement, "TimbreFiscalDigital", stampNamespace),
            let uuid = attribute(stamp, "UUID")
        else {
            throw .notAnInvoice(fileName: fileName, detail: "it has no stamp (cfdi:Complemento/tfd:TimbreFiscalDigital/@UUID)")
        }
        return InvoiceComparison.Invoice(uuid: uuid, issuerTaxID: rfc, total: total, currency: currency)
    }

    /// A decimal text as minor units: at most `digits` decimals that are not zero (a CFDI may write 1000.000000).
    static func minorUnits(_ text: String, digits: Int) -> Int64? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy(\.isASCIIDigit), parts[0].count <= 15 else {
            return nil
        }
        var decimals = parts.count == 2 ? String(parts[1]) : ""
        guard decimals.allSatisfy(\.isASCIIDigit) else { return nil }
        while decimals.count > digits, decimals.hasSuffix("0") { decimals.removeLast() }
        guard decimals.count <= digits else { return nil }
        decimals += String(repeating: "0", count: digits - decimals.count)
        return Int64(parts[0] + decimals)
    }

    private static func name(_ node: xmlNodePtr) -> String { String(cString: node.pointee.name) }

    private static func namespaceOf(_ node: xmlNodePtr) -> String? {
        node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
    }

    /// An attribute without a namespace, read from the node's own list (no copy to free).
    private static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var current = node.pointee.properties
        while let attribute = current {
            if attribute.pointee.ns == nil, String(cString: attribute.pointee.name) == name {
                guard let text = attribute.pointee.children, let content = text.pointee.content else { return "" }
                return String(cString: content)
            }
            current = attribute.pointee.next
        }
        return nil
    }

    private static func child(_ node: xmlNodePtr, _ name: String, _ namespace: String) -> xmlNodePtr? {
        var current = node.pointee.children
        while let element = current {
            if element.pointee.type == XML_ELEMENT_NODE, Self.name(element) == name, namespaceOf(element) == namespace { return element }
            current = element.pointee.next
        }
        return nil
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
