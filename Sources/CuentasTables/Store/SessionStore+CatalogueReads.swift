import CuentasCore

/// The catalogue as the web app and the commands read it, kept between reads until it changes (`KeptCatalogue`).
extension SessionStore {
    /// The whole catalogue.
    public func catalogue() throws(StoreError) -> Catalogue {
        try reading { db in try keptCatalogue.catalogue(db) }
    }

    /// The schemes, governments and federations, and only the projects named and the clubs named (nil: every club)
    /// with the projects' sponsors: what recording about a few projects needs. A national catalogue's 40,000 projects
    /// and 4,000 clubs took most of the time of recording one donation.
    public func catalogue(onlyProjects folios: Set<Folio>, onlyClubs clubs: Set<PartyID>? = nil) throws(StoreError) -> Catalogue {
        try reading { db in try keptCatalogue.part(db, onlyProjects: folios, onlyClubs: clubs) }
    }

    /// The catalogue's version (`CatalogueVersion`).
    public func catalogueVersion() throws(StoreError) -> Int64 {
        try reading { db in try CatalogueVersion.read(db) }
    }

    /// The value `make` computes from the whole catalogue, as kept in `kept` while the catalogue is unchanged.
    public func derived<Value: Sendable>(_ kept: CatalogueDerivedValue<Value>, _ make: (Catalogue) -> Value) throws(StoreError) -> Value {
        try reading { db in try kept.cache.value(db) { db in make(try keptCatalogue.catalogue(db)) } }
    }
}
