/// Which statement: a project's, a club's or a municipality's, each named by its own kind of code. The one name the
/// site, a re-publish, the command line and the web app's live pages use for "this statement".
public enum StatementSubject: Hashable, Sendable, Comparable {
    case project(Folio)
    case club(PartyID)
    case municipality(PartyID)

    /// Every statement the catalogue calls for: each project, each club and each municipality.
    public static func all(in catalogue: Catalogue) -> Set<StatementSubject> {
        var subjects = Set(catalogue.projects.keys.map(StatementSubject.project))
        subjects.formUnion(catalogue.clubs.keys.map(StatementSubject.club))
        subjects.formUnion(catalogue.governments.values.filter { $0.level == .municipal }.map { .municipality($0.id) })
        return subjects
    }

    /// Whether the catalogue has what the subject names (a municipality, not any government).
    public func exists(in catalogue: Catalogue) -> Bool {
        switch self {
        case .project(let folio): return catalogue.projects[folio] != nil
        case .club(let id): return catalogue.clubs[id] != nil
        case .municipality(let id): return catalogue.governments[id]?.level == .municipal
        }
    }

    /// How a publication's record writes it: "project:FOLIO", "club:ID" or "municipality:ID".
    public var unit: String {
        switch self {
        case .project(let folio): return "project:\(folio.text)"
        case .club(let id): return "club:\(id.text)"
        case .municipality(let id): return "municipality:\(id.text)"
        }
    }

    /// A unit read back from a publication's record; nil when it does not read as one (a damaged or foreign record).
    public init?(unit: String) {
        let parts = unit.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        switch parts[0] {
        case "project": guard let folio = Folio(stored: parts[1]) else { return nil }; self = .project(folio)
        case "club": guard let id = PartyID(stored: parts[1]) else { return nil }; self = .club(id)
        case "municipality": guard let id = PartyID(stored: parts[1]) else { return nil }; self = .municipality(id)
        default: return nil
        }
    }

    /// Projects first, then clubs, then municipalities, each by code: the order statements are printed in.
    public static func < (left: StatementSubject, right: StatementSubject) -> Bool {
        (left.order, left.code) < (right.order, right.code)
    }

    private var order: Int {
        switch self {
        case .project: return 0
        case .club: return 1
        case .municipality: return 2
        }
    }

    /// The code as typed, whatever the kind.
    public var code: String {
        switch self {
        case .project(let folio): return folio.text
        case .club(let id), .municipality(let id): return id.text
        }
    }
}
