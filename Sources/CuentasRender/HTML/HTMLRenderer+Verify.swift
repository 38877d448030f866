import CuentasCore
import Foundation

extension HTMLRenderer {
    /// A signing key as the verification page lists and uses it.
    public struct ListedKey: Sendable {
        public let name: String
        public let fingerprint: String
        /// Raw Ed25519 public key, base 64: what each embedded signature names.
        public let publicKey: String
    }

    /// The page that checks a statement file's embedded signature in the reader's browser (WebCrypto Ed25519), offline,
    /// against the keys given (the publication's signer), in both languages.
    public func verifyPage(keys: [ListedKey]) -> String {
        let spanish = translations[.spanish]!
        let english = translations[.english]!
        let keyList = keys.map { ["name": $0.name, "fingerprint": $0.fingerprint, "publicKey": $0.publicKey] }
        let wordKeys = ["good", "altered", "unsigned", "unknownKey", "noCrypto", "noEd25519"]
        let words = [
            "es": Dictionary(uniqueKeysWithValues: wordKeys.map { ($0, spanish["verify.\($0)"]) }),
            "en": Dictionary(uniqueKeysWithValues: wordKeys.map { ($0, english["verify.\($0)"]) }),
        ]
        let context: [String: Any] = [
            "spanish": spanish.nested, "english": english.nested,
            "keys": keys.map { ["name": $0.name, "fingerprint": $0.fingerprint] },
            "keysJSON": Self.scriptJSON(keyList), "wordsJSON": Self.scriptJSON(words),
        ]
        return render("verify", context)
    }

    /// JSON safe inside a <script> element: "<" written as \u003c, so no text can close the element.
    static func scriptJSON(_ value: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]) else {
            preconditionFailure("JSON of plain values")
        }
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
    }
}
