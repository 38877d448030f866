import Foundation

/// Reads a matching scheme from its JSON text (format "cuentas-scheme-1", documented in SampleData/README.md).
public enum SchemeFile {
    public static let format = "cuentas-scheme-1"

    private struct Document: Decodable {
        struct Share: Decodable {
            let role: FundingRole
            let parts: Int64
            let cap: String?
        }
        let format: String
        let id: String
        let name: LocalizedText
        let description: LocalizedText
        let currency: String
        let shares: [Share]
        let splitByAgreement: [FundingRole]?
        let capExcessCoveredBy: [FundingRole]?
    }

    public static func scheme(fromJSON data: Data) throws(SchemeError) -> MatchingScheme {
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: data)
        } catch let error as DecodingError {
            throw SchemeError.unreadable(describe(error))
        } catch {
            throw SchemeError.unreadable("\(error)")
        }
        guard document.format == format else { throw SchemeError.unsupportedFormat(document.format) }
        do {
            let currency = try CurrencyCode(document.currency)
            let shares = try document.shares.map { share throws(InputError) in
                SchemeShare(
                    role: share.role, parts: share.parts,
                    cap: try share.cap.map { cap throws(InputError) in
                        try AmountParser.positiveMoney(cap, currency: currency, style: .dotDecimal, field: "cap")
                    })
            }
            return try MatchingScheme(
                id: Identifier(document.id, field: "id"), name: document.name, description: document.description,
                currency: currency, shares: shares, splitByAgreement: document.splitByAgreement ?? [],
                capExcessCoveredBy: document.capExcessCoveredBy ?? [])
        } catch let error as InputError {
            throw SchemeError.invalidField(error)
        } catch let error as SchemeError {
            throw error
        } catch {
            throw SchemeError.unreadable("\(error)")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): return "missing field \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "field \"\(path)\": \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
