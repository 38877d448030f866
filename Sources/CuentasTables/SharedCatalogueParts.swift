import CuentasCore

/// The parts of the catalogue every partial read needs whole: federations, governments and schemes (2,400
/// governments nationally; reading them again was half of a treasurer's start page). The store keeps them between
/// reads (`CatalogueVersionCache`).
public struct SharedCatalogueParts: Sendable {
    public var federations: [PartyID: Federation] = [:]
    public var governments: [PartyID: Government] = [:]
    public var schemes: [SchemeID: MatchingScheme] = [:]
    /// The federations' and governments' amendments, by number: applied to each catalogue read (`AmendmentLoader`).
    public var amendments: [(number: Int64, amendment: CatalogueAmendment)] = []
    /// Whether any club or project was amended, any budget re-programmed: when not (most ledgers, most of the time), a
    /// partial read asks nothing more.
    public var clubsOrProjectsAmended = false
    public var budgetsReprogrammed = false

    public init() {}
}
