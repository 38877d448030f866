import CuentasCore

/// An evidence file the ledger records that is not in the evidence folder, or whose bytes no longer have the recorded
/// hash or size (`LedgerStore.evidenceProblems`).
public struct EvidenceProblem: Hashable, Sendable, ExplainedError {
    public enum Kind: Hashable, Sendable {
        case missing
        case altered(foundDigest: String)
    }

    public let evidenceID: Int64
    public let folio: Folio
    public let fileName: String
    public let digest: String
    public let kind: Kind

    public func explanation(in language: Language) -> String {
        let what = "\(folio.text), \(TextLimits.shown(fileName)) (#\(evidenceID), sha256 \(digest.prefix(16)))"
        switch kind {
        case .missing:
            return say(
                language,
                es: "el archivo de evidencia \(what) no está en la carpeta de evidencias; restáurelo de la última copia de seguridad",
                en: "evidence file \(what) is not in the evidence folder; restore it from the last backup")
        case .altered(let found):
            return say(
                language,
                es:
                    "el archivo de evidencia \(what) fue cambiado: ahora su sha256 es \(found.prefix(16)); restáurelo de la última copia de seguridad",
                en: "evidence file \(what) was changed: its sha256 is now \(found.prefix(16)); restore it from the last backup")
        }
    }
}
