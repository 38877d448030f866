/// A club de migrantes (hometown association): migrants from one town living abroad who raise money for it.
/// Its name, federation and city abroad change by amendment (`CatalogueAmendment`), never by an edit.
public struct Club: Hashable, Sendable {
    public let id: PartyID
    public internal(set) var name: String
    public internal(set) var federationID: PartyID?
    public internal(set) var cityAbroad: String
    public internal(set) var stateAbroad: String
    public internal(set) var countryAbroad: String
    public let tomaDeNota: TomaDeNota?
    /// The currency the club's fund is kept in (donations and event income), usually USD.
    public let fundCurrency: CurrencyCode

    public init(
        id: PartyID, name: String, federationID: PartyID?, cityAbroad: String, stateAbroad: String,
        countryAbroad: String, tomaDeNota: TomaDeNota?, fundCurrency: CurrencyCode
    ) {
        self.id = id
        self.name = name
        self.federationID = federationID
        self.cityAbroad = cityAbroad
        self.stateAbroad = stateAbroad
        self.countryAbroad = countryAbroad
        self.tomaDeNota = tomaDeNota
        self.fundCurrency = fundCurrency
    }
}
