import CuentasCore
import CuentasEvidence
import CuentasRender
import CuentasStore
import Foundation
import CuentasTables

/// The evidence files a publication shows, read from the folder beside the ledger, and their thumbnails, made with
/// libvips when a photo is attached (`thumbnail(of:in:)`, called by the command line and the web app after recording
/// it) or else the first time it is published, and kept in the folder's `thumbnails/` (a photo never changes, so
/// neither does its thumbnail): a national site's publish does not decode 400,000 phone photos (about a tenth of a
/// second each, `docs/EVIDENCE.md`).
public struct EvidenceFiles: Sendable {
    let folder: EvidenceFolder

    func siteEvidence(oversight: [Folio: ProjectOversight], rule: ComplaintRule) -> SiteEvidence {
        let folder = folder
        return SiteEvidence(
            oversight: oversight, rule: rule, file: { item in folder.bytes(digest: item.digest) },
            thumbnail: { item in Self.thumbnail(of: item, in: folder) })
    }

    @discardableResult
    public static func thumbnail(of item: EvidenceItem, in folder: EvidenceFolder) -> Data? {
        guard item.mediaType.isPhoto else { return nil }
        let kept = folder.url.appendingPathComponent("thumbnails/\(PhotoLibrary.thumbnailWidth)/\(item.digest).jpg")
        if let data = try? Data(contentsOf: kept) { return data }
        guard let bytes = folder.bytes(digest: item.digest), let thumbnail = PhotoLibrary.thumbnail(Array(bytes)) else { return nil }
        // Kept when the folder can be written; a read-only ledger's publication makes them each time.
        try? FileManager.default.createDirectory(at: kept.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? thumbnail.write(to: kept, options: .atomic)
        return thumbnail
    }
}
