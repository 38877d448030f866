import CuentasCore
import CuentasIntegrity
import Foundation

/// Where the bytes of evidence files are kept: a folder beside the ledger (`cuentas.sqlite` → `cuentas.sqlite.evidence/`),
/// one file per content, named by its SHA-256 under a folder of its first two hex digits (`ab/abcd…`).
///
/// Why a folder and not SQLite: a national program with 40,000 projects and ten phone photos each holds about 400,000
/// files of 2 to 8 MB, over a terabyte. In the ledger file that would make every backup, copy and `integrity_check`
/// read the photos, and the file would outgrow the disks the ledger is kept on. In a folder, files are written once and
/// never changed (a name is its content's hash), so backups copy only new ones (rsync, `cuentas backup`), the same photo
/// attached twice is kept once, any web server can serve them, and the ledger stays small. The ledger records each
/// file's hash, size and type, sealed in its chain, and `check` reads every file against its hash.
public struct EvidenceFolder: Sendable {
    public let url: URL

    public init(ledgerPath: String) {
        url = URL(fileURLWithPath: ledgerPath + ".evidence", isDirectory: true)
    }

    public init(url: URL) {
        self.url = url
    }

    public func fileURL(digest: String) -> URL {
        url.appendingPathComponent(String(digest.prefix(2)), isDirectory: true).appendingPathComponent(digest)
    }

    /// Keeps `bytes` under their hash: written to a temporary file and renamed into place, so a file with a hash's name
    /// is always whole. A file already there with that name is the same content and is left as it is.
    @discardableResult
    public func keep(_ bytes: [UInt8]) throws(StoreError) -> String {
        let digest = HashChain.sha256(bytes)
        let target = fileURL(digest: digest)
        if let existing = try? Data(contentsOf: target), HashChain.sha256(Array(existing)) == digest { return digest }
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(digest).\(UUID().uuidString).part")
            try Data(bytes).write(to: temporary)
            // rename(2): atomic, and it replaces a damaged file of the same name.
            guard rename(temporary.path, target.path) == 0 else {
                try? FileManager.default.removeItem(at: temporary)
                throw CocoaError(.fileWriteUnknown)
            }
        } catch {
            throw StoreError.database("the evidence file could not be kept in \(url.path): \(error.localizedDescription)")
        }
        return digest
    }

    /// The bytes kept under `digest`, or nil when there is no such file.
    public func bytes(digest: String) -> Data? {
        try? Data(contentsOf: fileURL(digest: digest))
    }

    /// Copies every kept file missing from `other` into it (a backup, a restore): files never change, so one with the
    /// same name there is the same file.
    public func copyMissing(to other: EvidenceFolder) throws(StoreError) -> Int {
        guard let names = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) else { return 0 }
        var copied = 0
        for case let file as URL in names where file.lastPathComponent.count == 64 && !file.lastPathComponent.hasPrefix(".") {
            let target = other.fileURL(digest: file.lastPathComponent)
            if FileManager.default.fileExists(atPath: target.path) { continue }
            do {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: file, to: target)
            } catch {
                throw StoreError.database(
                    "the evidence file \(file.lastPathComponent) could not be copied to \(other.url.path): \(error.localizedDescription)")
            }
            copied += 1
        }
        return copied
    }

    /// Every item's file checked against its recorded hash: the missing and altered ones (`check`).
    public func problems(of items: [EvidenceItem]) -> [EvidenceProblem] {
        items.compactMap { item in
            guard let bytes = bytes(digest: item.digest) else {
                return EvidenceProblem(evidenceID: item.id, folio: item.folio, fileName: item.fileName, digest: item.digest, kind: .missing)
            }
            let found = HashChain.sha256(Array(bytes))
            guard found == item.digest else {
                return EvidenceProblem(
                    evidenceID: item.id, folio: item.folio, fileName: item.fileName, digest: item.digest, kind: .altered(foundDigest: found)
                )
            }
            return nil
        }
    }
}
