/// A party's commitment to a project: from the matching scheme at approval, or by a later agreement.
public struct Pledge: Hashable, Sendable {
    public let folio: Folio
    public let partyID: PartyID
    public let amount: Money
    /// The scheme that set it; nil when it was agreed outside a scheme.
    public let schemeID: SchemeID?
    /// The scheme capped this party's share (or shifted another's excess to it).
    public let capBound: Bool

    public init(folio: Folio, partyID: PartyID, amount: Money, schemeID: SchemeID?, capBound: Bool) {
        precondition(amount.isPositive, "a pledge is positive")
        self.folio = folio
        self.partyID = partyID
        self.amount = amount
        self.schemeID = schemeID
        self.capBound = capBound
    }
}

/// A party's money arriving in the project account.
public struct Deposit: Hashable, Sendable {
    public let folio: Folio
    public let partyID: PartyID
    public let remittance: Remittance

    public init(folio: Folio, partyID: PartyID, remittance: Remittance) {
        self.folio = folio
        self.partyID = partyID
        self.remittance = remittance
    }
}

/// Money from a club's fund sent to a project. On arrival it counts as the club's deposit.
public struct Transfer: Hashable, Sendable {
    public let clubID: PartyID
    public let folio: Folio
    public let remittance: Remittance

    public init(clubID: PartyID, folio: Folio, remittance: Remittance) {
        self.clubID = clubID
        self.folio = folio
        self.remittance = remittance
    }
}

/// Where a donation came from.
public enum DonationSource: Hashable, Sendable {
    /// A member's gift; nil for a gift whose giver is not recorded.
    case member(Int64?)
    /// Income of a club event (a dance, a raffle, a kermés).
    case event(String)

    /// The event's name, for event income.
    public var eventName: String? {
        if case .event(let name) = self { return name }
        return nil
    }

    /// The member's number, for a member's gift whose giver is recorded.
    public var memberNumber: Int64? {
        if case .member(let number) = self { return number }
        return nil
    }
}

/// Money into a club's fund, in the fund's currency.
public struct Donation: Hashable, Sendable {
    public let clubID: PartyID
    public let amount: Money
    public let source: DonationSource
    /// The code of its receipt, given when it is recorded; nil for a donation recorded before receipts existed (and for
    /// a draft, until the ledger gives it one).
    public let receipt: ReceiptCode?

    public init(clubID: PartyID, amount: Money, source: DonationSource, receipt: ReceiptCode? = nil) {
        precondition(amount.isPositive, "a donation is positive")
        self.clubID = clubID
        self.amount = amount
        self.source = source
        self.receipt = receipt
    }

    /// The same donation with its receipt's code.
    public func withReceipt(_ code: ReceiptCode) -> Donation {
        Donation(clubID: clubID, amount: amount, source: source, receipt: code)
    }
}

/// Project money paid against an invoice (a CFDI, identified by its UUID).
public struct Payment: Hashable, Sendable {
    public let folio: Folio
    public let budgetLine: Int
    public let payee: String
    /// The payee's RFC.
    public let payeeTaxID: String
    public let amount: Money
    /// Set when the payment takes a budget line past its budget: the recorded reason for that override.
    public let overrunReason: String?
    /// The invoice's UUID (kept in 16 bytes when it has the canonical form). Last: its case tag needs no padding there.
    public var invoiceUUID: String { storedInvoiceUUID.text }
    private let storedInvoiceUUID: StoredInvoiceUUID

    public init(
        folio: Folio, budgetLine: Int, payee: String, payeeTaxID: String, amount: Money, invoiceUUID: String,
        overrunReason: String?
    ) {
        precondition(amount.isPositive, "a payment is positive")
        self.folio = folio
        self.budgetLine = budgetLine
        self.payee = payee
        self.payeeTaxID = payeeTaxID
        self.amount = amount
        self.storedInvoiceUUID = StoredInvoiceUUID(invoiceUUID)
        self.overrunReason = overrunReason
    }
}

/// Project money returned to a party that gave it.
public struct Refund: Hashable, Sendable {
    public let folio: Folio
    public let partyID: PartyID
    public let amount: Money
    public let reference: String

    public init(folio: Folio, partyID: PartyID, amount: Money, reference: String) {
        precondition(amount.isPositive, "a refund is positive")
        self.folio = folio
        self.partyID = partyID
        self.amount = amount
        self.reference = reference
    }
}

/// A report of how much of the work is built (physical progress), signed on a visit.
public struct ProgressReport: Hashable, Sendable {
    public let folio: Folio
    public let physicalPercent: Int

    public init(folio: Folio, physicalPercent: Int) {
        precondition((0...100).contains(physicalPercent), "progress is 0 to 100")
        self.folio = folio
        self.physicalPercent = physicalPercent
    }
}

/// Undoes an earlier movement. The earlier one stays in the ledger; the pair shows the correction.
public struct Reversal: Hashable, Sendable {
    public let movementID: MovementID
    public let reason: String

    public init(movementID: MovementID, reason: String) {
        self.movementID = movementID
        self.reason = reason
    }
}
