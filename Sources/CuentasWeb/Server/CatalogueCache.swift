import CuentasCore
import CuentasStore
import NIOConcurrencyHelpers

/// The catalogue (parties, projects, members, schemes) kept in memory between requests: a national one takes 0.4 s to
/// read, and every form needs it. Each use asks the ledger for its catalogue version first (`catalogueVersion`, a few
/// row numbers); when anything was added, by the app or by the command line, it is read again. Movements do not
/// change the catalogue: recording one never makes the next page read it again.
final class CatalogueCache: Sendable {
    private let store: LedgerStore
    private let kept = NIOLockedValueBox<(version: Int64, catalogue: Catalogue)?>(nil)

    init(store: LedgerStore) {
        self.store = store
    }

    func catalogue() throws -> Catalogue {
        let version = try store.catalogueVersion()
        if let kept = kept.withLockedValue({ $0 }), kept.version == version { return kept.catalogue }
        let catalogue = try store.catalogue()
        kept.withLockedValue { $0 = (version, catalogue) }
        return catalogue
    }
}
