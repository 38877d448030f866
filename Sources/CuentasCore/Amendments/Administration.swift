/// A government's administration (a municipal term, a governor's, a president's): who was in office from a date,
/// recorded as an amendment of the government.
public struct Administration: Hashable, Sendable {
    public let name: String
    public let tookOfficeOn: CalendarDate
}
