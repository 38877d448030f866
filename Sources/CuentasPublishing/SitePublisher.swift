import CuentasCore
import CuentasIntegrity
import CuentasRender
import CuentasStatements
import CuentasStore
import Foundation

/// Writes the transparency site from the ledger: unsigned into a folder, or as a signed, numbered publication in
/// `versions/N/` recorded in the ledger, with the site's front page (the history of publications) and its list of
/// signing keys rewritten. Earlier versions are never touched. The command line and the web app both publish
/// through this.
public struct SitePublisher: Sendable {
    public let store: LedgerStore
    public let root: URL

    public init(store: LedgerStore, root: URL) {
        self.store = store
        self.root = root
    }

    /// What was written.
    public struct Result: Sendable {
        /// The publication's number; nil for an unsigned site.
        public let number: Int?
        /// Statements whose inputs had not changed since the last publish to this folder: not written again.
        public let unchangedStatements: Int
        public let pages: Int
        public let documents: Int
        public let files: Int
        public let bytes: Int
    }

    /// Every statement, unsigned, written into the folder. A folder published before keeps the digest of each
    /// statement's inputs (`inputsFileName`); only the statements whose inputs changed are rendered and written again.
    public func publishUnsigned(asOf: CalendarDate, corridorPrices: [CorridorPrice]) throws(PublishError) -> Result {
        let site: [String: Data]
        let keys: [String: String]
        var unchanged = 0
        let manifest = root.appendingPathComponent(Self.inputsFileName)
        do {
            let state = try store.state()
            let builder = try SiteBuilder()
            keys = builder.inputKeys(state: state, asOf: asOf, corridorPrices: corridorPrices)
            let previous = (try? Data(contentsOf: manifest)).flatMap { try? JSONDecoder().decode([String: String].self, from: $0) } ?? [:]
            // A statement renders again when its inputs changed, or when one of its files is missing from the folder.
            let changed = Set(keys.filter { unit, key in
                previous[unit] != key
                    || SiteBuilder.files(ofUnit: unit).contains { !FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }
            }.map(\.key))
            unchanged = keys.count - changed.count
            site = try builder.build(state: state, asOf: asOf, corridorPrices: corridorPrices, units: changed)
        } catch let error as RenderError {
            throw .render(error)
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            preconditionFailure("unexpected \(error)")
        }
        // The digests are written last: a publish cut short leaves the old ones, and the next one renders again.
        try? FileManager.default.removeItem(at: manifest)
        try write(site, under: root)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(keys) else { preconditionFailure("digests always encode") }
        try write([Self.inputsFileName: data], under: root)
        return Self.result(site, number: nil, unchanged: unchanged)
    }

    /// Where an unsigned site keeps the digest of each statement's inputs.
    public static let inputsFileName = ".cuentas-inputs.json"

    /// A signed publication: refused when the ledger does not pass its full check.
    public func publishSigned(
        identity: SigningIdentity, asOf: CalendarDate, publishedOn: CalendarDate, corridorPrices: [CorridorPrice]
    ) throws(PublishError) -> Result {
        do {
            return try signed(identity: identity, asOf: asOf, publishedOn: publishedOn, corridorPrices: corridorPrices)
        } catch let error as PublishError {
            throw error
        } catch let error as StoreError {
            throw .store(error)
        } catch let error as RenderError {
            throw .render(error)
        } catch {
            preconditionFailure("unexpected \(error)")
        }
    }

    private func signed(
        identity: SigningIdentity, asOf: CalendarDate, publishedOn: CalendarDate, corridorPrices: [CorridorPrice]
    ) throws -> Result {
        let check = try store.fullCheck()
        guard check.passed else { throw PublishError.ledgerFails }
        let earlier = try store.publications()
        let number = (earlier.last?.number ?? 0) + 1
        let version = root.appendingPathComponent("versions/\(number)")
        guard !FileManager.default.fileExists(atPath: version.path) else { throw PublishError.versionExists(path: version.path) }
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
        do {
            try FileManager.default.moveItem(at: partial, to: version)
        } catch {
            throw PublishError.unwritable(path: version.path, detail: "\(error)")
        }

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
        return Self.result(site, number: number)
    }

    private static func result(_ site: [String: Data], number: Int?, unchanged: Int = 0) -> Result {
        Result(
            number: number, unchangedStatements: unchanged, pages: site.keys.filter { $0.hasSuffix(".html") }.count, documents: site.keys.filter { $0.hasSuffix(".xml") }.count,
            files: site.count, bytes: site.values.reduce(0) { $0 + $1.count })
    }

    private func write(_ files: [String: Data], under folder: URL) throws(PublishError) {
        for (path, data) in files {
            let file = folder.appendingPathComponent(path)
            do {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: file, options: .atomic)
            } catch {
                throw .unwritable(path: file.path, detail: "\(error)")
            }
        }
    }
}
