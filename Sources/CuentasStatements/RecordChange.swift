import CuentasCore

/// One line of a statement's "changes to this record" section: an amendment, a budget re-programming or a renewed
/// registration, with what it changed from what to what, when, why and by whose decision. A pure function of the
/// catalogue; every earlier value stays on the page.
public struct RecordChange: Hashable, Sendable {
    public struct LineShift: Hashable, Sendable {
        public let number: Int
        public let concept: String
        public let from: Money
        public let to: Money
    }

    public struct CostShift: Hashable, Sendable {
        public let from: Money
        public let to: Money
    }

    public enum Kind: Hashable, Sendable {
        /// A text field (a name, a title, a city) from one value to another.
        case text(CatalogueAmendment.Field, from: String, to: String)
        /// A federation or executing agency; nil for none.
        case party(CatalogueAmendment.Field, from: PartyReference?, to: PartyReference?)
        /// The planned end date; nil when there was none.
        case plannedEnd(from: CalendarDate?, to: CalendarDate?)
        /// A government's new administration, in office from the change's date.
        case administration(String)
        /// Budget lines re-programmed, each from its amount then to its new one; with the approved cost's change when
        /// it changed.
        case budget([LineShift], cost: CostShift?)
        /// A club's toma de nota renewed until a date.
        case renewal(number: String, expiresOn: CalendarDate)
    }

    /// From when it holds.
    public let date: CalendarDate
    public let kind: Kind
    public let reason: String
    public let minutes: String?
    public let recordedBy: String

    /// Every change of an entry: its amendments, oldest first by date, then in the order they were recorded.
    public static func of(_ subject: CatalogueAmendment.Subject, in catalogue: Catalogue) -> [RecordChange] {
        (catalogue.history[subject] ?? []).map { record in
            let amendment = record.amendment
            let kind: Kind
            switch amendment.field {
            case .federation, .executingAgency:
                func party(_ text: String) -> PartyReference? { PartyID(stored: text).map { PartyReference($0, in: catalogue) } }
                kind = .party(amendment.field, from: party(record.previousValue), to: party(amendment.value))
            case .plannedEnd:
                func date(_ text: String) -> CalendarDate? { try? CalendarDate(parsing: text, field: "date") }
                kind = .plannedEnd(from: date(record.previousValue), to: date(amendment.value))
            case .administration: kind = .administration(amendment.value)
            default: kind = .text(amendment.field, from: record.previousValue, to: amendment.value)
            }
            return RecordChange(
                date: amendment.effectiveOn, kind: kind, reason: amendment.reason, minutes: amendment.minutes,
                recordedBy: amendment.recordedBy)
        }
    }

    /// A project's amendments and re-programmings, by date.
    public static func of(project: Project, in catalogue: Catalogue) -> [RecordChange] {
        var amounts = Dictionary(uniqueKeysWithValues: project.budgetLines.map { ($0.number, $0.amount) })
        // The lines as approved add up to the cost as approved.
        var cost = project.budgetLines.dropFirst().reduce(project.budgetLines[0].amount) { $0 + $1.amount }
        let budget = project.reprogrammings.map { reprogramming in
            let costShift = reprogramming.newCost.map { CostShift(from: cost, to: $0) }
            cost = reprogramming.newCost ?? cost
            let shifts = reprogramming.lines.map { change in
                defer { amounts[change.number] = change.amount }
                return LineShift(
                    number: change.number, concept: project.budgetLine(change.number)?.concept ?? "",
                    from: amounts[change.number] ?? change.amount,
                    to: change.amount)
            }
            return RecordChange(
                date: reprogramming.effectiveOn, kind: .budget(shifts, cost: costShift), reason: reprogramming.reason,
                minutes: reprogramming.minutes,
                recordedBy: reprogramming.recordedBy)
        }
        return byDate(of(.project(project.folio), in: catalogue) + budget)
    }

    /// A club's amendments and renewed registrations, by date.
    public static func of(club: Club, in catalogue: Catalogue) -> [RecordChange] {
        let renewals = (catalogue.renewals[club.id] ?? []).map { renewal in
            RecordChange(
                date: renewal.effectiveOn, kind: .renewal(number: renewal.tomaDeNota.number, expiresOn: renewal.tomaDeNota.expiresOn),
                reason: renewal.reason, minutes: nil, recordedBy: renewal.recordedBy)
        }
        return byDate(of(.club(club.id), in: catalogue) + renewals)
    }

    /// Stable: changes of one day keep the order they were recorded in.
    private static func byDate(_ changes: [RecordChange]) -> [RecordChange] {
        changes.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }
}
