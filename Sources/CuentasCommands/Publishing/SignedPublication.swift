import CuentasCore
import CuentasIntegrity
import CuentasRender
import CuentasStatements
import CuentasStore
import Foundation

/// Publishes a signed, numbered publication into `versions/N/` of a site folder, records it in the ledger, and
/// rewrites the site's front page (the history of publications) and its list of signing keys. Earlier versions are
/// never touched.
struct SignedPublication {
    let store: LedgerStore
    let identity: SigningIdentity
    let root: URL
    let context: CommandContext

    func publish(asOf: CalendarDate, publishedOn: CalendarDate, corridorPrices: [CorridorPrice]) throws -> (number: Int, files: Int) {
        let check = try store.fullCheck()
        guard check.passed else {
            throw CommandFailure(message: context.say(
                "el libro no pasa `cuentas check`; no se firma una publicación de un libro con problemas",
                "the ledger does not pass `cuentas check`; a ledger with problems is not signed"))
        }
        let earlier = try store.publications()
        let number = (earlier.last?.number ?? 0) + 1
        let version = root.appendingPathComponent("versions/\(number)")
        guard !FileManager.default.fileExists(atPath: version.path) else {
            throw CommandFailure(message: context.say(
                "\(version.path) ya existe y no se reescribe; ¿es la carpeta correcta del sitio?",
                "\(version.path) already exists and is never rewritten; is this the right site folder?"))
        }
        let head = try store.ledgerHead()
        let builder = try SiteBuilder()
        let site = try builder.build(
            state: check.ledger.state, asOf: asOf, corridorPrices: corridorPrices,
            signing: .init(identity: identity, number: number, publishedOn: publishedOn))
        let fileHashes = site.mapValues { HashChain.sha256(Array($0)) }
        var earlierHeads: [PublicationManifest.EarlierHead] = []
        for publication in earlier {
            let hash = publication.ledgerMovements == 0 ? HashChain.genesis : (try store.hash(ofMovement: publication.ledgerMovements) ?? "")
            earlierHeads.append(.init(publication: publication.number, movements: publication.ledgerMovements, hash: hash))
        }
        let manifest = PublicationManifest(
            number: number, publishedOn: publishedOn.isoText, asOf: asOf.isoText, signer: identity.publicIdentity,
            ledger: .init(movements: head.movements, hash: head.hash), earlierHeads: earlierHeads, files: fileHashes)
        let manifestBytes = manifest.encoded
        let signature = identity.signature(for: manifestBytes)

        // Write the version beside its final place, record it, then move it in: never a half-written version.
        let partial = root.appendingPathComponent("versions/.\(number).partial")
        try? FileManager.default.removeItem(at: partial)
        var files = site
        files[PublicationManifest.fileName] = Data(manifestBytes)
        files[PublicationManifest.signatureFileName] = Data((signature.base64EncodedString() + "\n").utf8)
        try write(files, under: partial)
        try store.recordPublication(
            PublicationRecord(
                number: number, publishedOn: publishedOn, asOf: asOf, signerName: identity.name, publicKey: identity.publicIdentity.base64,
                ledgerMovements: head.movements, ledgerHeadHash: head.hash, manifestSHA256: HashChain.sha256(manifestBytes),
                signature: signature.base64EncodedString()),
            files: fileHashes)
        try FileManager.default.moveItem(at: partial, to: version)

        let all = try store.publications()
        var keys: [PublicIdentity] = []
        for publication in all {
            guard let raw = Data(base64Encoded: publication.publicKey) else { continue }
            let key = PublicIdentity(name: publication.signerName, publicKey: raw)
            if !keys.contains(key) { keys.append(key) }
        }
        let history = builder.renderer.history(
            all.map { publication in
                let key = PublicIdentity(name: publication.signerName, publicKey: Data(base64Encoded: publication.publicKey) ?? Data())
                return PublicationSummary(
                    number: publication.number, publishedOn: publication.publishedOn, signer: publication.signerName,
                    fingerprint: key.fingerprint, movements: publication.ledgerMovements)
            },
            keys: keys.map { ($0.name, $0.fingerprint) })
        try write([
            "index.html": Data(history.utf8), KeyList.fileName: Data(KeyList(keys).encoded),
        ], under: root)
        for key in keys {
            let name = "keys/\(key.fingerprint.replacingOccurrences(of: " ", with: "")).pub"
            try write([name: Data(key.fileText.utf8)], under: root)
        }
        return (number, site.count)
    }

    private func write(_ files: [String: Data], under folder: URL) throws {
        for (path, data) in files {
            let file = folder.appendingPathComponent(path)
            do {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: file, options: .atomic)
            } catch {
                throw CommandFailure(message: context.say("\(file.path): no se pudo escribir: \(error)", "\(file.path): could not be written: \(error)"))
            }
        }
    }
}
