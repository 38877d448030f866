import CuentasCore

/// The kinds of movements a CSV file can bring in, each with its columns (documented in SampleData/README.md).
public enum ImportKind: String, Sendable, CaseIterable {
    case deposits
    case donations
    case transfers
    /// A club's sendings in two steps: the fund is debited, the money in transit until its arrival.
    case sendings
    /// The executing agency's confirmations of sendings (`sending` names the sending's movement number).
    case arrivals
    case payments
    /// Committee approvals: the status change and the pledges the scheme gives.
    case approvals
    /// Other status changes: start, rejection, completion, closing, cancellation.
    case statuses
    /// Physical progress reports.
    case progress
    /// Corrections of earlier movements.
    case reversals
    /// Governments: federal, state, municipal (parties, not movements).
    case governments
    /// Migrant clubs.
    case clubs
    /// Projects with their budget lines.
    case projects
    /// Amendments of clubs, federations, governments and projects, and budget re-programmings (`AmendmentColumns`).
    case amendments

    /// Parties and projects rather than movements.
    public var isCatalogue: Bool { self == .governments || self == .clubs || self == .projects || self == .amendments }

    /// The kinds that record movements.
    public static var movementKinds: [ImportKind] { allCases.filter { !$0.isCatalogue } }

    public var requiredColumns: [String] {
        switch self {
        case .deposits:
            return [
                "date", "project", "party", "sent_amount", "sent_currency", "fee", "exchange_rate", "rate_source", "received_amount",
                "reference",
            ]
        case .donations:
            return ["date", "club", "amount", "currency"]
        case .transfers:
            return ["date", "club", "project", "sent_amount", "fee", "exchange_rate", "rate_source", "received_amount", "reference"]
        case .sendings:
            return ["date", "club", "project", "sent_amount", "fee", "exchange_rate", "rate_source", "provider", "reference"]
        case .arrivals: return ["date", "sending", "received_amount", "reference"]
        case .payments:
            return ["date", "project", "budget_line", "payee", "payee_tax_id", "amount", "invoice_uuid"]
        case .approvals: return ["date", "project", "scheme", "session_date", "minutes"]
        case .statuses: return ["date", "project", "status"]
        case .progress: return ["date", "project", "percent"]
        case .reversals: return ["date", "movement", "reason"]
        case .governments: return ["id", "name", "level"]
        case .clubs: return ["id", "name", "city", "state"]
        case .projects:
            return ["folio", "kind", "title_es", "title_en", "municipality", "locality", "clubs", "cost", "lines", "proposed_on"]
        case .amendments: return ["entity", "id", "field", "value", "date", "reason"]
        }
    }

    public var optionalColumns: [String] {
        switch self {
        case .deposits, .transfers: return ["market_rate", "note"] + Self.evidenceColumns
        case .sendings: return ["market_rate", "note"]
        case .arrivals: return ["note"] + Self.evidenceColumns
        case .donations: return ["member", "event", "note"]
        case .payments: return ["overrun_reason", "note"] + Self.evidenceColumns
        case .approvals: return ["agreed", "note"]
        case .statuses: return ["minutes", "hand_over", "reason", "note"] + Self.evidenceColumns
        case .progress: return ["note"] + Self.evidenceColumns
        case .reversals: return ["note"]
        case .governments: return ["parent", "country"]
        case .clubs: return ["federation", "country", "toma_de_nota", "toma_de_nota_expires", "currency"]
        case .projects: return ["description_es", "description_en", "executing_agency", "currency"]
        case .amendments: return ["minutes"]
        }
    }

    public var columns: [String] { requiredColumns + optionalColumns }

    /// A file beside the CSV attached to the row's movement (a bank receipt, a CFDI invoice, a photo of the progress, a
    /// hand-over record), and what it shows: on the kinds whose row records exactly one movement of a project.
    public static let evidenceColumns = ["evidence", "evidence_caption"]

    /// The kind whose columns the header has: all its required ones and nothing it does not know.
    public static func detect(header: [String]) -> ImportKind? {
        allCases.first { kind in
            Set(kind.requiredColumns).isSubset(of: header) && Set(header).isSubset(of: kind.columns)
        }
    }

    /// The kind whose required columns the header has, even with columns it does not know: then the error can name
    /// the unknown column instead of refusing the whole header.
    public static func closest(header: [String]) -> ImportKind? {
        allCases.first { Set($0.requiredColumns).isSubset(of: header) }
    }

    /// The column that holds what a ledger rule refused.
    public func column(for rule: LedgerViolation.Rule) -> String? {
        let partyColumn = self == .deposits ? "party" : "club"
        switch rule {
        case .unknownProject, .projectDoesNotAcceptMoney, .projectNotInExecution, .invalidTransition, .closingWithBalance:
            return self == .statuses && rule != .unknownProject ? "status" : "project"
        case .approvalNeedsSession: return "session_date"
        case .completionNeedsHandOver: return "hand_over"
        case .cancellationNeedsReason: return "reason"
        case .unknownMovement, .alreadyReversed, .reversalOfReversal, .statusCannotBeReversed, .reversalLeavesDepositsWithoutPledge,
            .reversalOverdrawsBalance, .reversalOverdrawsFund:
            return "movement"
        case .unknownParty, .partyNotAFunder, .depositWithoutPledge, .tomaDeNotaNotCurrent, .refundExceedsReceived: return partyColumn
        case .sponsorshipNotAccepted: return "project"
        case .unknownClub, .clubDoesNotSponsor: return "club"
        case .unknownMember: return "member"
        case .unknownBudgetLine: return "budget_line"
        case .currencyDiffers: return self == .donations ? "currency" : "received_amount"
        case .duplicateReference: return "reference"
        case .unknownSending, .notASending, .sendingAlreadySettled, .settlementDiffersFromSending: return "sending"
        case .settlementBeforeSending: return "date"
        case .paymentExceedsBalance, .budgetLineOverspent: return "amount"
        case .transferExceedsFund: return "sent_amount"
        case .moneyBeyondPledge: return self == .arrivals ? "received_amount" : nil
        default: return nil
        }
    }
}
