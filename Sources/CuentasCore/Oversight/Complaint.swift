/// A complaint or an observation on a project, from the committee, a club's treasurer or an auditor: it must be
/// answered by the project's official. Recorded once; its answer is a second record, never an edit.
public struct Complaint: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// Something is wrong and must be put right (queja).
        case complaint
        /// A remark that needs an answer (observación); an auditor's observations are these.
        case observation
    }

    /// Who may raise one, named on the page by role, never by a private person's name.
    public enum Origin: String, CaseIterable, Hashable, Sendable {
        case committee, treasurer, auditor
    }

    public struct Answer: Hashable, Sendable {
        public let answeredOn: CalendarDate
        public let text: String
        public let answeredBy: String

        public init(answeredOn: CalendarDate, text: String, answeredBy: String) {
            self.answeredOn = answeredOn
            self.text = text
            self.answeredBy = answeredBy
        }
    }

    public let id: Int64
    public let folio: Folio
    public let kind: Kind
    public let origin: Origin
    public let author: String
    public let writtenOn: CalendarDate
    public let text: String
    public let answer: Answer?
    public let recordedAt: String

    public static let maximumCharacters = 4_000

    public init(
        id: Int64, folio: Folio, kind: Kind, origin: Origin, author: String, writtenOn: CalendarDate, text: String, answer: Answer?,
        recordedAt: String
    ) {
        self.id = id
        self.folio = folio
        self.kind = kind
        self.origin = origin
        self.author = author
        self.writtenOn = writtenOn
        self.text = text
        self.answer = answer
        self.recordedAt = recordedAt
    }
}
