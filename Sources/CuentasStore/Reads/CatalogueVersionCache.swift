import CuentasCore
import CuentasTables
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

/// A value its owner computes from the whole catalogue (a server's list of municipalities by state, say), kept and
/// computed again only when the catalogue changes, through the same version as the catalogue itself.
public final class CatalogueDerivedValue<Value: Sendable>: Sendable {
    let cache = CatalogueVersionCache<Value>()

    public init() {}
}

extension LedgerStore {
    /// The value `make` computes from the whole catalogue, as kept in `kept` while the catalogue is unchanged.
    public func derived<Value: Sendable>(_ kept: CatalogueDerivedValue<Value>, _ make: (Catalogue) -> Value) throws(StoreError) -> Value {
        try read { db in
            try kept.cache.value(db) { db in make(try wholeCatalogue.value(db) { db in try CatalogueLoader.load(db) }) }
        }
    }
}
