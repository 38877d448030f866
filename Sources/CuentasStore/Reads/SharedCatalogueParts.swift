import CuentasCore
import Foundation
import GRDB

/// The parts of the catalogue every partial read needs whole, kept by the store between reads: federations,
/// governments and schemes (2,400 governments nationally; reading them again was half of a treasurer's start page).
/// Read again when the catalogue's version changes (`LedgerStore.catalogueVersion`): a government added by another
/// process is seen by the next read.
final class SharedCatalogueParts: @unchecked Sendable {
    struct Parts: Sendable {
        var federations: [PartyID: Federation] = [:]
        var governments: [PartyID: Government] = [:]
        var schemes: [Identifier: MatchingScheme] = [:]
    }

    // Guards `kept`; held while the parts are read again, which happens only when the catalogue changed.
    private let lock = NSLock()
    private var kept: (version: Int64, parts: Parts)?

    func parts(_ db: Database) throws -> Parts {
        let version = try LedgerStore.catalogueVersion(db)
        lock.lock()
        defer { lock.unlock() }
        if let kept, kept.version == version { return kept.parts }
        let parts = try CatalogueLoader.sharedParts(db)
        kept = (version, parts)
        return parts
    }
}
