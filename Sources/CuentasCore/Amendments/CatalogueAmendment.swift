/// A change to a catalogue entry (a club's name, a project's title, a government's administration): a new, dated entry
/// with who recorded it and why, never an edit of the entry's row. The current value of a field is its latest
/// amendment (in the order they were recorded); every earlier value stays readable in the entry's history
/// (`AmendmentRecord`).
public struct CatalogueAmendment: Hashable, Sendable {
    /// What is amended.
    public enum Subject: Hashable, Sendable, Comparable {
        case club(PartyID)
        case federation(PartyID)
        case government(PartyID)
        case project(Folio)

        public var kind: SubjectKind {
            switch self {
            case .club: return .club
            case .federation: return .federation
            case .government: return .government
            case .project: return .project
            }
        }

        /// The entry's code, whatever its kind.
        public var id: String {
            switch self {
            case .club(let id), .federation(let id), .government(let id): return id.text
            case .project(let folio): return folio.text
            }
        }

        /// An entry named by its kind and code; nil when the code is not an identifier.
        public init?(kind: SubjectKind, id: String) {
            switch kind {
            case .club: guard let id = PartyID(stored: id) else { return nil }; self = .club(id)
            case .federation: guard let id = PartyID(stored: id) else { return nil }; self = .federation(id)
            case .government: guard let id = PartyID(stored: id) else { return nil }; self = .government(id)
            case .project: guard let folio = Folio(stored: id) else { return nil }; self = .project(folio)
            }
        }

        public static func < (left: Subject, right: Subject) -> Bool { (left.kind.rawValue, left.id) < (right.kind.rawValue, right.id) }
    }

    public enum SubjectKind: String, Sendable, CaseIterable {
        case club, federation, government, project

        /// The fields an amendment of this kind of entry may change.
        public var fields: [Field] {
            switch self {
            case .club: return [.name, .federation, .cityAbroad, .stateAbroad, .countryAbroad]
            case .federation: return [.name]
            case .government: return [.name, .administration]
            case .project:
                return [.titleSpanish, .titleEnglish, .descriptionSpanish, .descriptionEnglish, .locality, .executingAgency, .plannedEnd]
            }
        }
    }

    /// A field that can be amended. Values are text as a person reads them: a party's code for `federation` and
    /// `executingAgency` (empty for a club leaving its federation), a date YYYY-MM-DD for `plannedEnd`.
    public enum Field: String, Sendable, CaseIterable {
        case name, federation, cityAbroad, stateAbroad, countryAbroad
        /// A government's administration (a municipal term: "Ayuntamiento 2024-2027"), in office from the amendment's
        /// date.
        case administration
        case titleSpanish, titleEnglish, descriptionSpanish, descriptionEnglish, locality, executingAgency, plannedEnd
    }

    public let subject: Subject
    public let field: Field
    public let value: String
    /// When the change takes effect: the date a new name was adopted, an administration took office.
    public let effectiveOn: CalendarDate
    public let reason: String
    /// The committee's or council's minutes that decided it, when there are some.
    public let minutes: String?
    public let recordedBy: String

    public init(
        subject: Subject, field: Field, value: String, effectiveOn: CalendarDate, reason: String, minutes: String?, recordedBy: String
    ) {
        precondition(subject.kind.fields.contains(field), "\(field) is not a field of a \(subject.kind)")
        self.subject = subject
        self.field = field
        self.value = value
        self.effectiveOn = effectiveOn
        self.reason = reason
        self.minutes = minutes
        self.recordedBy = recordedBy
    }
}
