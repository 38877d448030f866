import CuentasCore
import Foundation

/// Parts of the catalogue (some projects and clubs, with every shared entry), each kept until the catalogue's version
/// changes: a page or a recording about one project reads its part again only when the catalogue changed. On
/// PostgreSQL a part is seven round trips to the server, and a recording made them while holding the writers' lock.
public final class CataloguePartCache: @unchecked Sendable {
    struct Key: Hashable {
        let folios: Set<Folio>
        let clubs: Set<PartyID>?
    }

    /// Parts kept at most, all dropped when it is reached: a national catalogue's 40,000 projects are not all held.
    static let limit = 4_096
    // Guards `version` and `parts`; not held while a part is read.
    private let lock = NSLock()
    private var version: Int64 = -1
    private var parts: [Key: Catalogue] = [:]

    public init() {}

    /// The part for these projects and clubs as of `version` (read in the caller's snapshot): kept, or read by `load`
    /// and kept. A reader whose snapshot is older than what is kept reads its own part and keeps nothing.
    func value(version: Int64, folios: Set<Folio>, clubs: Set<PartyID>?, load: () throws -> Catalogue) throws -> Catalogue {
        let key = Key(folios: folios, clubs: clubs)
        if let kept = lock.withLock({ self.version == version ? parts[key] : nil }) { return kept }
        let part = try load()
        lock.withLock {
            if version > self.version {
                self.version = version
                parts = [:]
            }
            guard version == self.version else { return }
            if parts.count >= Self.limit { parts = [:] }
            parts[key] = part
        }
        return part
    }
}
