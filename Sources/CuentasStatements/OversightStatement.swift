import CuentasCore

/// What a reader sees beside a project's money, as of a date: photos with what they show and what they belong to,
/// documents with their size and hash, the committee's visits beside the official's progress, complaints with their
/// state and age (overdue ones flagged like a late payment), and whom to ask. A pure function of the project's
/// oversight records, its statement and the date.
public struct OversightStatement: Hashable, Sendable {
    /// What a file belongs to, as the page says it.
    public enum Subject: Hashable, Sendable {
        case project
        case progress(date: CalendarDate, percent: Int)
        case visit(date: CalendarDate)
        case payment(date: CalendarDate, movementID: MovementID)
        case status(ProjectStatus, date: CalendarDate)
        case movement(MovementKind, date: CalendarDate, movementID: MovementID)
    }

    public struct File: Hashable, Sendable {
        public let item: EvidenceItem
        public let subject: Subject
        /// The day it is about: its movement's or visit's day; for a file on the project, the day it was attached.
        public let date: CalendarDate?
    }

    public struct Visit: Hashable, Sendable {
        public let visit: SiteVisit
        public let photos: Int
    }

    public struct ComplaintLine: Hashable, Sendable {
        public let complaint: Complaint
        /// The answer, when dated on or before the statement's date.
        public let answer: Complaint.Answer?
        public let ageDays: Int
        public let isOverdue: Bool
    }

    public let folio: Folio
    public let asOf: CalendarDate
    public let rule: ComplaintRule
    /// Newest first.
    public let photos: [File]
    public let documents: [File]
    /// Files of a scholarship project, never published (students are private persons): only counted.
    public let privateFiles: Int
    public let visits: [Visit]
    /// Oldest first.
    public let complaints: [ComplaintLine]
    public let responsible: AccountableContact?
    public let comptroller: AccountableContact?

    public var openComplaints: Int { complaints.filter { $0.answer == nil }.count }
    public var overdueComplaints: Int { complaints.filter(\.isOverdue).count }
    public var isEmpty: Bool { photos.isEmpty && documents.isEmpty && privateFiles == 0 && visits.isEmpty && complaints.isEmpty }

    /// - Parameters:
    ///   - state: the ledger, for what each file's movement was and when.
    public init(_ oversight: ProjectOversight, statement: ProjectStatement, state: LedgerState, rule: ComplaintRule = .standard) {
        let asOf = statement.asOf
        folio = oversight.folio
        self.asOf = asOf
        self.rule = rule
        let shownVisits = oversight.visits.filter { $0.visitedOn <= asOf }
        let visitDays = Dictionary(uniqueKeysWithValues: shownVisits.map { ($0.id, $0.visitedOn) })
        var files: [File] = []
        for item in oversight.evidence {
            if let visitID = item.visitID {
                guard let day = visitDays[visitID] else { continue }
                files.append(File(item: item, subject: .visit(date: day), date: day))
            } else if let movementID = item.movementID {
                guard let movement = state.movements[movementID], movement.occurredOn <= asOf else { continue }
                files.append(File(item: item, subject: Self.subject(of: movement), date: movement.occurredOn))
            } else {
                let attached = try? CalendarDate(parsing: String(item.recordedAt.prefix(10)), field: "recordedAt")
                files.append(File(item: item, subject: .project, date: attached))
            }
        }
        if statement.kind.keepsPayeesPrivate {
            privateFiles = files.count
            files = []
        } else {
            privateFiles = 0
        }
        let newestFirst = files.sorted { ($0.date ?? asOf, $0.item.id) > ($1.date ?? asOf, $1.item.id) }
        photos = newestFirst.filter { $0.item.mediaType.isPhoto }
        documents = newestFirst.filter { !$0.item.mediaType.isPhoto }
        visits = shownVisits.map { visit in Visit(visit: visit, photos: newestFirst.filter { $0.item.visitID == visit.id }.count) }
        complaints = oversight.complaints.filter { $0.writtenOn <= asOf }.sorted { ($0.writtenOn, $0.id) < ($1.writtenOn, $1.id) }.map {
            complaint in
            ComplaintLine(
                complaint: complaint, answer: complaint.answer.flatMap { $0.answeredOn <= asOf ? $0 : nil },
                ageDays: rule.age(of: complaint, asOf: asOf), isOverdue: rule.isOverdue(complaint, asOf: asOf))
        }
        responsible = oversight.responsible.flatMap { $0.effectiveOn <= asOf ? $0 : nil }
        comptroller = oversight.comptroller.flatMap { $0.effectiveOn <= asOf ? $0 : nil }
    }

    private static func subject(of movement: Movement) -> Subject {
        switch movement.body {
        case .progress(let report): return .progress(date: movement.occurredOn, percent: report.physicalPercent)
        case .payment: return .payment(date: movement.occurredOn, movementID: movement.id)
        case .status(let change): return .status(change.status, date: movement.occurredOn)
        default: return .movement(movement.body.kind, date: movement.occurredOn, movementID: movement.id)
        }
    }
}
