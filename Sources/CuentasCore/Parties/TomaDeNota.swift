/// Toma de nota (consular registration): the record from a Mexican consulate that a club exists, with its number.
/// It is valid for two years and must be current for the club to take part in a project.
public struct TomaDeNota: Hashable, Sendable {
    public let number: String
    public let expiresOn: CalendarDate

    public init(number: String, expiresOn: CalendarDate) {
        self.number = number
        self.expiresOn = expiresOn
    }

    public func isCurrent(on date: CalendarDate) -> Bool { date <= expiresOn }
}
