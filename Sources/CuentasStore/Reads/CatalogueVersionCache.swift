import Foundation
import GRDB

/// Something read from the catalogue, kept by the store between reads and read again only when the catalogue's
/// version changes (`LedgerStore.catalogueVersion`: an entry added by this process or another, the command line, is
/// seen by the next read). A server asks for the whole national catalogue (0.4 s to read) on every form, and for the
/// shared parts on every page.
final class CatalogueVersionCache<Value: Sendable>: @unchecked Sendable {
    // Guards `kept`; held while the value is read again, which happens only when the catalogue changed.
    private let lock = NSLock()
    private var kept: (version: Int64, value: Value)?

    func value(_ db: Database, reading load: (Database) throws -> Value) throws -> Value {
        let version = try LedgerStore.catalogueVersion(db)
        lock.lock()
        defer { lock.unlock() }
        if let kept, kept.version == version { return kept.value }
        let value = try load(db)
        kept = (version, value)
        return value
    }
}
