import Foundation

/// Which files a site folder has, each directory listed once: asking the file system about each of a national site's
/// 140,000 files one by one took a second.
final class PresentFiles {
    private let root: String
    private var listings: [Substring: Set<Substring>] = [:]

    init(root: URL) { self.root = root.path }

    /// Whether the file at a path relative to the root exists.
    func contains(_ path: String) -> Bool {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { path[..<$0] } ?? ""
        let name = slash.map { path[path.index(after: $0)...] } ?? path[...]
        if listings[directory] == nil {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? root : root + "/" + directory)) ?? []
            listings[directory] = Set(names.map { Substring($0) })
        }
        return listings[directory]!.contains(name)
    }
}
