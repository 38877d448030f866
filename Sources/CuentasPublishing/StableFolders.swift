import CuentasRender
import Foundation

/// A receipt's printed address and a feed's subscribed address must not change with every publication, while each
/// signed publication is a folder of its own (`versions/N/`). So the latest publication's receipts (`r/`) and feeds
/// (`feeds/`) are also placed at the site's root, byte for byte (the receipts' embedded signatures verify there too):
/// hard links to the version's files, which cost no space and no copying. Each new folder is made beside the old one
/// and swapped in, so a reader never finds it half made.
enum StableFolders {
    static func place(from version: URL, under root: URL) throws(PublishError) {
        for folder in SitePath.stableFolders { try place(folder, from: version, under: root) }
    }

    private static func place(_ name: String, from version: URL, under root: URL) throws(PublishError) {
        let source = version.appendingPathComponent(name)
        let target = root.appendingPathComponent(name)
        let fresh = root.appendingPathComponent(".\(name).new")
        let old = root.appendingPathComponent(".\(name).old")
        let files = FileManager.default
        do {
            try? files.removeItem(at: fresh)
            try? files.removeItem(at: old)
            try files.createDirectory(at: fresh, withIntermediateDirectories: true)
            let base = source.standardizedFileURL.path + "/"
            if let walk = files.enumerator(at: source, includingPropertiesForKeys: [.isRegularFileKey]) {
                for case let file as URL in walk where (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                    let path = file.standardizedFileURL.path.replacingOccurrences(of: base, with: "")
                    let to = fresh.appendingPathComponent(path)
                    try files.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
                    do { try files.linkItem(at: file, to: to) } catch { try files.copyItem(at: file, to: to) }
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
