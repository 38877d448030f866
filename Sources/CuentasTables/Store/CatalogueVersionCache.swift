import CuentasCore
import Foundation

/// Something read from the catalogue, kept by the store between reads and read again only when the catalogue's
/// version changes (`CatalogueVersion`: an entry added by this process or another, the command line or a second app
/// server, is seen by the next read). A server asks for the whole catalogue, slow to read at national scale, on
/// every form, and for the shared parts on every page (the measured cost is in bench/NOTES.md).
public final class CatalogueVersionCache<Value: Sendable>: @unchecked Sendable {
    // Guards `kept`; held while the value is read again, which happens only when the catalogue changed.
    private let lock = NSLock()
    private var kept: (version: Int64, value: Value)?

    public init() {}

    public func value<Session: LedgerSession>(_ session: Session, reading load: (Session) throws -> Value) throws -> Value {
        let version = try CatalogueVersion.read(session)
        lock.lock()
        defer { lock.unlock() }
        if let kept, kept.version == version { return kept.value }
        let value = try load(session)
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

/// A number that changes whenever anything is added to the catalogue (parties, projects, members, schemes, users,
/// proposals), by this process or another: every addition is sealed in its own transaction (`CatalogueSeals`), so the
/// last seal's number is the catalogue's version. (SQLite's `PRAGMA data_version` would not do: it is per connection,
/// and a pool hands out several.)
public enum CatalogueVersion {
    public static func read(_ session: some LedgerSession) throws -> Int64 {
        try session.rows("SELECT coalesce(max(number), 0) FROM catalogueSeal").first?.integer(at: 0) ?? 0
    }
}
