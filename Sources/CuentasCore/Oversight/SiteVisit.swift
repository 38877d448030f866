/// A visit of the hometown committee (comité de obra, contraloría social) to the work: who went, what they saw built,
/// their remarks. It stands beside the official's progress reports, so a reader sees both.
public struct SiteVisit: Hashable, Sendable {
    public let id: Int64
    public let folio: Folio
    public let visitedOn: CalendarDate
    /// Who attended, as written by the committee.
    public let attendees: String
    /// The physical progress they saw, 0 to 100, when they judged it.
    public let physicalPercent: Int?
    public let remarks: String
    public let recordedBy: String
    public let recordedAt: String

    public static let maximumAttendeesCharacters = 1_000
    public static let maximumRemarksCharacters = 4_000

    public init(
        id: Int64, folio: Folio, visitedOn: CalendarDate, attendees: String, physicalPercent: Int?, remarks: String, recordedBy: String,
        recordedAt: String
    ) {
        self.id = id
        self.folio = folio
        self.visitedOn = visitedOn
        self.attendees = attendees
        self.physicalPercent = physicalPercent
        self.remarks = remarks
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}
