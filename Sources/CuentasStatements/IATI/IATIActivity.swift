import CuentasCore

/// One project as an IATI activity (version 2.03): the values the XML writer puts in `iati-activity`.
public struct IATIActivity: Hashable, Sendable {
    public struct Organisation: Hashable, Sendable {
        public let ref: String
        public let type: String
        public let name: String
    }

    public struct Participant: Hashable, Sendable {
        public let organisation: Organisation
        public let role: String
    }

    public struct Transaction: Hashable, Sendable {
        public let ref: String
        public let type: String
        public let date: CalendarDate
        /// Negative for a reversal of an earlier transaction of the same type.
        public let value: Money
        public let description: String
        public let provider: Organisation?
        public let receiver: Organisation?
    }

    public let identifier: String
    public let reportingOrg: Organisation
    public let title: LocalizedText
    public let description: LocalizedText
    public let participants: [Participant]
    public let status: String
    public let dates: [(type: String, date: CalendarDate)]
    public let countryCode: String
    public let locationName: String
    public let sectorCode: String
    public let budgetStart: CalendarDate
    public let budgetEnd: CalendarDate
    public let budget: Money
    public let transactions: [Transaction]
    public let documentURL: String?

    public static func == (left: IATIActivity, right: IATIActivity) -> Bool { left.identifier == right.identifier }
    public func hash(into hasher: inout Hasher) { hasher.combine(identifier) }
}
