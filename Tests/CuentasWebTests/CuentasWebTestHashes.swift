import CuentasIntegrity

enum CuentasWebTestHashes {
    static func sha256Base64(_ text: String) -> String { HashChain.sha256Base64(Array(text.utf8)) }
}
