import CuentasCore

/// The kinds of movements a CSV file can bring in, each with its columns (documented in SampleData/README.md).
public enum ImportKind: String, Sendable, CaseIterable {
    case deposits
    case donations
    case transfers
    case payments

    public var requiredColumns: [String] {
        switch self {
        case .deposits:
            return ["date", "project", "party", "sent_amount", "sent_currency", "fee", "exchange_rate", "rate_source", "received_amount", "reference"]
        case .donations:
            return ["date", "club", "amount", "currency"]
        case .transfers:
            return ["date", "club", "project", "sent_amount", "fee", "exchange_rate", "rate_source", "received_amount", "reference"]
        case .payments:
            return ["date", "project", "budget_line", "payee", "payee_tax_id", "amount", "invoice_uuid"]
        }
    }

    public var optionalColumns: [String] {
        switch self {
        case .deposits, .transfers: return ["market_rate", "note"]
        case .donations: return ["member", "event", "note"]
        case .payments: return ["overrun_reason", "note"]
        }
    }

    public var columns: [String] { requiredColumns + optionalColumns }

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
        case .unknownProject, .projectDoesNotAcceptMoney, .projectNotInExecution: return "project"
        case .unknownParty, .partyNotAFunder, .depositWithoutPledge, .tomaDeNotaNotCurrent, .refundExceedsReceived: return partyColumn
        case .unknownClub, .clubDoesNotSponsor: return "club"
        case .unknownMember: return "member"
        case .unknownBudgetLine: return "budget_line"
        case .currencyDiffers: return self == .donations ? "currency" : "received_amount"
        case .duplicateReference: return "reference"
        case .paymentExceedsBalance, .budgetLineOverspent: return "amount"
        case .transferExceedsFund: return "sent_amount"
        default: return nil
        }
    }
}
