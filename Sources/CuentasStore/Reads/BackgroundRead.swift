import Dispatch
import GRDB

/// A read run on a thread of its own, in a read transaction of its own, while the caller does other work; `value()`
/// waits for it. `check` runs SQLite's `PRAGMA integrity_check` and the catalogue's seals this way beside its replay.
final class BackgroundRead<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the reading thread before `done` is signalled, read after the wait: the semaphore orders them.
    private var result: Result<Value, any Error>?

    init(_ reader: some DatabaseReader, _ read: @escaping @Sendable (Database) throws -> Value) {
        DispatchQueue.global().async { [self] in
            result = Result { try reader.read(read) }
            done.signal()
        }
    }

    func value() throws -> Value {
        done.wait()
        return try result!.get()
    }
}
