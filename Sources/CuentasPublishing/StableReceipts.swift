import CuentasRender
import Foundation

/// A receipt's printed address must not change with every publication, while each signed publication is a folder of
/// its own (`versions/N/`). So the latest publication's receipt pages are also placed at the site's root, in `r/`,
/// byte for byte (their embedded signatures verify there too): hard links to the version's files, which cost no space
/// and no copying. The new folder is made beside the old one and swapped in, so a reader never finds it half made.
enum StableReceipts {
    static func place(from version: URL, under root: URL) throws(PublishError) {
        let source = version.appendingPathComponent(SitePath.receiptsFolder)
        let target = root.appendingPathComponent(SitePath.receiptsFolder)
        let fresh = root.appendingPathComponent(".\(SitePath.receiptsFolder).new")
        let old = root.appendingPathComponent(".\(SitePath.receiptsFolder).old")
        let files = FileManager.default
        do {
            try? files.removeItem(at: fresh)
            try? files.removeItem(at: old)
            try files.createDirectory(at: fresh, withIntermediateDirectories: true)
            for folder in (try? files.contentsOfDirectory(atPath: source.path)) ?? [] {
                let names = (try? files.contentsOfDirectory(atPath: source.appendingPathComponent(folder).path)) ?? []
                try files.createDirectory(at: fresh.appendingPathComponent(folder), withIntermediateDirectories: true)
                for name in names where name.hasSuffix(".html") {
                    let from = source.appendingPathComponent("\(folder)/\(name)"), to = fresh.appendingPathComponent("\(folder)/\(name)")
                    do { try files.linkItem(at: from, to: to) } catch { try files.copyItem(at: from, to: to) }
                }
            }
            if files.fileExists(atPath: target.path) { try files.moveItem(at: target, to: old) }
            try files.moveItem(at: fresh, to: target)
            try? files.removeItem(at: old)
        } catch {
            throw .unwritable(path: target.path, detail: "\(error)")
        }
    }
}
