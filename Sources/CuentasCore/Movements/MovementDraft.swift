/// A movement about to be recorded: everything but its number, which the ledger gives it.
public struct MovementDraft: Hashable, Sendable {
    public let occurredOn: CalendarDate
    public let recordedBy: String
    public let note: String
    public let body: MovementBody

    public init(occurredOn: CalendarDate, recordedBy: String, note: String, body: MovementBody) {
        self.occurredOn = occurredOn
        self.recordedBy = recordedBy
        self.note = note
        self.body = body
    }

    public func numbered(_ id: MovementID) -> Movement {
        Movement(id: id, occurredOn: occurredOn, recordedBy: recordedBy, note: note, body: body)
    }
}
