/// The number of a movement: its place in the ledger, 1, 2, 3…
public typealias MovementID = Int64

/// One entry of the ledger. Entries are never edited or deleted; a correction is a new `reversal`.
public struct Movement: Hashable, Sendable {
    public let id: MovementID
    /// Who recorded it.
    public let recordedBy: String
    public let note: String
    public let body: MovementBody
    /// The date it happened (the bank's date, the invoice's date), which may be before it was recorded. Last, after the
    /// body's odd size, where its four bytes need no padding: a whole-ledger read keeps every movement in memory.
    public let occurredOn: CalendarDate

    public init(id: MovementID, occurredOn: CalendarDate, recordedBy: String, note: String, body: MovementBody) {
        precondition(id > 0, "movement ids start at 1")
        self.id = id
        self.occurredOn = occurredOn
        self.recordedBy = recordedBy
        self.note = note
        self.body = body
    }
}

/// What a movement records.
public enum MovementBody: Hashable, Sendable {
    case pledge(Pledge)
    case deposit(Deposit)
    case donation(Donation)
    case transfer(Transfer)
    case payment(Payment)
    case refund(Refund)
    case progress(ProgressReport)
    case status(StatusChange)
    case reversal(Reversal)
    case sending(Sending)
    case arrival(Arrival)
    case returned(SendingReturn)

    public var kind: MovementKind {
        switch self {
        case .pledge: return .pledge
        case .deposit: return .deposit
        case .donation: return .donation
        case .transfer: return .transfer
        case .payment: return .payment
        case .refund: return .refund
        case .progress: return .progress
        case .status: return .status
        case .reversal: return .reversal
        case .sending: return .sending
        case .arrival: return .arrival
        case .returned: return .returned
        }
    }

    /// The sending an arrival or a return settles; nil for every other kind.
    public var settledSendingID: MovementID? {
        switch self {
        case .arrival(let arrival): return arrival.sendingID
        case .returned(let returned): return returned.sendingID
        default: return nil
        }
    }

    /// The project it concerns, if any (a donation and a reversal concern none directly).
    public var folio: Folio? {
        switch self {
        case .pledge(let pledge): return pledge.folio
        case .deposit(let deposit): return deposit.folio
        case .transfer(let transfer): return transfer.folio
        case .payment(let payment): return payment.folio
        case .refund(let refund): return refund.folio
        case .progress(let report): return report.folio
        case .status(let change): return change.folio
        case .sending(let sending): return sending.folio
        case .arrival(let arrival): return arrival.folio
        case .returned(let returned): return returned.folio
        case .donation, .reversal: return nil
        }
    }
}
