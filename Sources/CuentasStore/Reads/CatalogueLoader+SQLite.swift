import CuentasCore
import CuentasTables
import GRDB

/// The catalogue's readers (written once for both stores) called with a GRDB connection.
extension CatalogueLoader {
    static func load(
        _ db: Database, onlyProjects: Set<Folio>? = nil, onlyClubs: Set<PartyID>? = nil, shared: SharedCatalogueParts? = nil
    ) throws -> Catalogue {
        try load(SQLiteSession(db), onlyProjects: onlyProjects, onlyClubs: onlyClubs, shared: shared)
    }

    static func sharedParts(_ db: Database) throws -> SharedCatalogueParts { try sharedParts(SQLiteSession(db)) }
}
