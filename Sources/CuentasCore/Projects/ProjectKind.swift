/// What a project builds or funds.
public enum ProjectKind: String, Sendable, CaseIterable, Codable {
    /// Roads, water, drainage, electricity, school and clinic buildings.
    case infrastructure
    /// Greenhouses, irrigation, livestock.
    case agriculture
    /// A cooperative's shop, a bakery, packaging and selling produce.
    case commercialization
    /// Becas 3x1: students are private persons and are never named in reports.
    case scholarship
    case communityServices = "community-services"
    case education

    /// Whether its payments' payees stay private on everything published (statements, the movements file, IATI): a
    /// scholarship pays students, who are private persons. The one place the rule is said; `PublishedPayee` applies
    /// it to a payment, and each format shows the withheld payee its own way.
    public var keepsPayeesPrivate: Bool { self == .scholarship }
}
