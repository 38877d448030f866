/// What a person signed in to the web app is there to do.
public enum UserRole: String, CaseIterable, Hashable, Sendable {
    /// Manages who may sign in; records no money.
    case admin
    /// A club's treasurer (tesorero): the club's donations, event income and transfers home.
    case treasurer
    /// A municipal official: the municipality's projects, approvals, deposits, payments, progress and publishing.
    case official
    /// Reads everything and writes observations on projects; records no money.
    case auditor
    /// A member of a hometown committee (comité de obra, contraloría social), scoped to the projects they watch: records
    /// site visits with photos and complaints; records no money.
    case committee
}
