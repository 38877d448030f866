import Foundation

/// Checks published statements offline: every file against its publication's manifest, every embedded signature, the
/// manifest's own signature, the signers against the keys the site lists, and that each publication keeps every
/// movement of the ones before it. Pure: it is given the files' bytes.
public struct PublicationVerifier: Sendable {
    public enum Finding: Equatable, Sendable {
        case valid(file: String, publication: Int, signer: String, fingerprint: String)
        case altered(file: String, why: String)
        case unknownKey(file: String, fingerprint: String)
        case missingFile(file: String)
        case movementsAdded(publication: Int, since: Int, count: Int64)
        case movementsMissing(publication: Int, earlier: Int)
    }

    public let keys: KeyList?

    public init(keys: KeyList?) { self.keys = keys }

    /// One statement on its own: its embedded signature, and whether the site lists the key.
    public func verifyStatement(name: String, bytes: [UInt8]) -> Finding {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let found = EmbeddedSignature.find(in: text) else { return .altered(file: name, why: "no signature") }
        let identity = PublicIdentity(name: "", publicKey: found.publicKey)
        guard identity.isValidSignature(found.signature, for: found.signedBytes) else {
            return .altered(file: name, why: "the signature does not match the content")
        }
        if let keys, !keys.contains(found.publicKey) { return .unknownKey(file: name, fingerprint: identity.fingerprint) }
        let signer = keys?.keys.first { $0.publicKey == found.publicKey.base64EncodedString() }?.name ?? ""
        return .valid(file: name, publication: found.publication, signer: signer, fingerprint: identity.fingerprint)
    }

    /// One publication folder: the manifest's signature, then every file it lists.
    public func verifyPublication(folder: String, manifestBytes: [UInt8], signature: Data, files: [String: [UInt8]]) -> [Finding] {
        guard let manifest = try? PublicationManifest.decode(manifestBytes), let signer = manifest.signerIdentity else {
            return [.altered(file: "\(folder)/\(PublicationManifest.fileName)", why: "unreadable manifest")]
        }
        guard signer.isValidSignature(signature, for: manifestBytes) else {
            return [.altered(file: "\(folder)/\(PublicationManifest.fileName)", why: "the manifest's signature does not match")]
        }
        if let keys, !keys.contains(signer.publicKey) {
            return [.unknownKey(file: "\(folder)/\(PublicationManifest.fileName)", fingerprint: signer.fingerprint)]
        }
        var findings: [Finding] = []
        for (path, expected) in manifest.files.sorted(by: { $0.key < $1.key }) {
            let name = "\(folder)/\(path)"
            guard let bytes = files[path] else {
                findings.append(.missingFile(file: name))
                continue
            }
            guard HashChain.sha256(bytes) == expected else {
                findings.append(.altered(file: name, why: "its SHA-256 differs from the publication's manifest"))
                continue
            }
            if path.hasSuffix(".html") || path.hasSuffix(".xml") {
                let text = String(decoding: bytes, as: UTF8.self)
                if EmbeddedSignature.find(in: text) != nil {
                    findings.append(verifyStatement(name: name, bytes: bytes))
                    continue
                }
            }
            findings.append(.valid(file: name, publication: manifest.number, signer: signer.name, fingerprint: signer.fingerprint))
        }
        return findings
    }

    /// What changed from an earlier publication to a later one: movements added, and whether any went missing.
    public func compare(earlier: PublicationManifest, later: PublicationManifest) -> [Finding] {
        guard later.ledger.movements >= earlier.ledger.movements,
            let head = later.earlierHeads.first(where: { $0.publication == earlier.number }),
            head.movements == earlier.ledger.movements, head.hash == earlier.ledger.hash
        else { return [.movementsMissing(publication: later.number, earlier: earlier.number)] }
        return [.movementsAdded(publication: later.number, since: earlier.number, count: later.ledger.movements - earlier.ledger.movements)]
    }
}
