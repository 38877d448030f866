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

    /// A donation still without a receipt: the ledger gives it one when it records it.
    public var needsReceipt: Bool {
        if case .donation(let donation) = body { return donation.receipt == nil }
        return false
    }

    /// The draft of a donation with its receipt's code (any other draft as it is).
    public func issuingReceipt(_ code: ReceiptCode) -> MovementDraft {
        guard case .donation(let donation) = body else { return self }
        return MovementDraft(occurredOn: occurredOn, recordedBy: recordedBy, note: note, body: .donation(donation.withReceipt(code)))
    }

    public func numbered(_ id: MovementID) -> Movement {
        Movement(id: id, occurredOn: occurredOn, recordedBy: recordedBy, note: note, body: body)
    }
}
