import Foundation
#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#else
// Foundation brings Darwin along.
private let systemWrite = Darwin.write
#endif

/// Replaces a file's content as one step: the bytes go to a temporary file beside it, which is then renamed over it, so a
/// reader of the site sees the old page or the new one, never half of one. A new file is written in place. Unlike `Data.write(options: .atomic)` it does
/// not force the bytes to disk (`fsync`) for every file: a site is regenerated from the ledger, and a national one is
/// 139,000 files.
enum FileReplacement {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private static let counter = Counter()

    /// `path`: a file in a folder that exists. A file that is not there yet is written in place (no reader can have
    /// it half old, half new); one that is, through a temporary file renamed over it.
    static func write(_ data: Data, toPath path: String) throws(Failure) {
        try write(toPath: path) { emit in emit(data) }
    }

    /// The same for a file made in pieces: `produce` hands each piece, in order, to the function it is given.
    static func write(toPath path: String, _ produce: (_ emit: (Data) -> Void) -> Void) throws(Failure) {
        let created = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if created >= 0 {
            try fill(created, from: produce, path: path)
            return
        }
        guard errno == EEXIST else { throw Failure(description: "cannot create \(path): \(String(cString: strerror(errno)))") }
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let temporary = "\(path[..<slash]).\(path[slash...]).\(getpid()).\(counter.next()).partial"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(description: "cannot create \(temporary): \(String(cString: strerror(errno)))") }
        try fill(descriptor, from: produce, path: temporary)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(description: "cannot replace \(path): \(reason)")
        }
    }

    /// Writes every piece `produce` hands over and closes the file; on failure removes it (pieces after a failed one
    /// are not written).
    private static func fill(_ descriptor: Int32, from produce: (_ emit: (Data) -> Void) -> Void, path: String) throws(Failure) {
        var problem: String?
        produce { data in
            guard problem == nil else { return }
            var written = 0
            problem = data.withUnsafeBytes { bytes -> String? in
                while written < bytes.count {
                    let result = systemWrite(descriptor, bytes.baseAddress! + written, bytes.count - written)
                    if result < 0 {
                        if errno == EINTR { continue }
                        return String(cString: strerror(errno))
                    }
                    written += result
                }
                return nil
            }
        }
        let closed = close(descriptor) == 0
        if let problem {
            unlink(path)
            throw Failure(description: "cannot write \(path): \(problem)")
        }
        guard closed else {
            unlink(path)
            throw Failure(description: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Distinct temporary names for files written at once from several threads.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func next() -> Int {
            lock.withLock {
                value += 1
                return value
            }
        }
    }
}
