import CuentasIntegrity
import CuentasRender
import Foundation

/// Writes the files of a site as the builder hands them over, from several threads at once, and counts them. The first
/// failure is kept and reported after the build; later files are not written.
final class SiteFileWriter: @unchecked Sendable {
    let root: URL
    private let hashing: Bool
    private let lock = NSLock()
    private var failure: PublishError?
    private(set) var pages = 0
    private(set) var documents = 0
    private(set) var files = 0
    private(set) var bytes = 0
    /// With `hashing`, the SHA-256 of every file written, by path.
    private(set) var hashes: [String: String] = [:]

    private let rootPath: String

    init(root: URL, hashing: Bool = false) {
        self.root = root
        rootPath = root.path
        self.hashing = hashing
    }

    var sink: SiteBuilder.FileSink { { [self] path, data in write(path, data) } }
    var pieceSink: SiteBuilder.PieceSink { { [self] path, produce in write(path, pieces: produce) } }

    func write(_ path: String, _ data: Data) {
        write(path) { emit in emit(data) }
    }

    /// Writes, counts and hashes a file piece by piece as `produce` hands the pieces over (the movements CSV is never
    /// whole in memory).
    func write(_ path: String, pieces produce: (_ emit: (Data) -> Void) -> Void) {
        lock.lock()
        let failed = failure != nil
        lock.unlock()
        guard !failed else { return }
        // Paths put together as text: building a URL for each of 139,000 files was 3 % of a national publish.
        let file = rootPath + "/" + path
        var problem: PublishError?
        var digest = hashing ? PieceDigest() : nil
        var size = 0
        do {
            if let slash = file.lastIndex(of: "/") { try makeFolder(String(file[..<slash])) }
            try FileReplacement.write(toPath: file) { emit in
                // Both functions are only called during this one: neither escapes.
                withoutActuallyEscaping(emit) { emit in
                    produce { data in
                        digest?.add(data)
                        size += data.count
                        emit(data)
                    }
                }
            }
        } catch {
            problem = .unwritable(path: file, detail: "\(error)")
        }
        let hash = digest?.finish()
        lock.lock()
        defer { lock.unlock() }
        if let problem {
            if failure == nil { failure = problem }
            return
        }
        count(path, bytes: size)
        if let hash { hashes[path] = hash }
    }

    /// Folders made (or found) by this writer: a site has a handful, and its files are 139,000 nationally.
    private var folders: Set<String> = []

    private func makeFolder(_ folder: String) throws {
        guard !lock.withLock({ folders.contains(folder) }) else { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        lock.withLock { _ = folders.insert(folder) }
    }

    /// Appends to a file written before (the movements CSV).
    func append(_ path: String, _ data: Data) throws(PublishError) {
        let file = root.appendingPathComponent(path)
        do {
            let handle = try FileHandle(forWritingTo: file)
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: data)
        } catch {
            throw .unwritable(path: file.path, detail: "\(error)")
        }
        lock.lock()
        count(path, bytes: data.count)
        lock.unlock()
    }

    /// Throws the first failure, if there was one.
    func finish() throws(PublishError) {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
    }

    private func count(_ path: String, bytes size: Int) {
        files += 1
        bytes += size
        if path.hasSuffix(".html") { pages += 1 }
        if path.hasSuffix(".xml") { documents += 1 }
    }
}
