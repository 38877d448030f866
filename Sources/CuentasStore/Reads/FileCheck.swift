import Dispatch
import GRDB

/// `PRAGMA integrity_check` (every page, every index entry against its row) run on a thread of its own while the
/// caller does other work; `problems()` waits for it. Empty when SQLite says "ok".
final class FileCheck: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the checking thread before `done` is signalled, read after the wait: the semaphore orders them.
    private var result: Result<[String], any Error> = .success([])

    init(_ reader: some DatabaseReader) {
        DispatchQueue.global().async { [self] in
            result = Result { try reader.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" } } }
            done.signal()
        }
    }

    func problems() throws -> [String] {
        done.wait()
        return try result.get()
    }
}
