import CuentasCore

/// A donation's receipt: what it was, and where its money went by the fund's rule (`FundFollowing`), down to the works
/// it paid for. The same value is printed by the treasurer, shown by `cuentas receipt`, and published as the receipt's
/// own page; the public page leaves out the member's number (`forPublic`).
public struct DonationReceipt: Sendable, Equatable {
    /// Nil for a donation recorded before receipts existed (it has no public page).
    public let code: ReceiptCode?
    public let movementID: MovementID
    public let date: CalendarDate
    public let amount: Money
    public let club: PartyReference
    /// The event it was raised at, when it was event income.
    public let event: String?
    /// The member's number at the club; nil on the public page and when the giver was not recorded.
    public let memberNumber: Int64?
    /// The transfers and sendings that carried it, in the order they went.
    public let parts: [ReceiptPart]
    /// What of it is still in the club's fund.
    public let stillInFund: Money
    /// Set when the donation was reversed (recorded by mistake, a cheque that bounced): its receipt says so, and its
    /// money went nowhere.
    public let cancellation: Cancellation?
    /// Figures as of this day.
    public let asOf: CalendarDate

    /// The receipt of the donation `path` follows, in a state that holds the club and the projects its money reached.
    public init(path: DonationPath, state: LedgerState, asOf: CalendarDate) {
        let donation = path.donation
        code = donation.receipt
        movementID = path.movement.id
        date = path.movement.occurredOn
        amount = donation.amount
        club = PartyReference(donation.clubID, in: state.catalogue)
        event = donation.source.eventName
        memberNumber = donation.source.memberNumber
        parts = path.parts.map { ReceiptPart(part: $0, clubID: donation.clubID, fundCurrency: donation.amount.currency, state: state) }
        stillInFund = Money(minorUnits: path.stillInFund, currency: donation.amount.currency)
        cancellation = nil
        self.asOf = asOf
    }

    /// The receipt of a reversed donation: what it was, and when and why it was cancelled.
    init(cancelled movement: Movement, by reversal: Movement, state: LedgerState, asOf: CalendarDate) {
        guard case .donation(let donation) = movement.body, case .reversal(let undo) = reversal.body else {
            preconditionFailure("a donation and its reversal")
        }
        self.init(
            code: donation.receipt, movementID: movement.id, date: movement.occurredOn, amount: donation.amount,
            club: PartyReference(donation.clubID, in: state.catalogue), event: donation.source.eventName,
            memberNumber: donation.source.memberNumber, parts: [],
            stillInFund: Money(minorUnits: 0, currency: donation.amount.currency),
            cancellation: Cancellation(on: reversal.occurredOn, reason: undo.reason), asOf: asOf)
    }

    /// When and why a donation was reversed.
    public struct Cancellation: Sendable, Equatable {
        public let on: CalendarDate
        public let reason: String
    }

    /// The receipt of the donation with `code` in `state` (the club's state: its fund and the projects it sponsors), a
    /// reversed one included; nil when no donation carries it.
    public init?(code: ReceiptCode, state: LedgerState, asOf: CalendarDate) {
        for (clubID, ids) in state.clubMovementIDs {
            for id in ids {
                guard case .donation(let donation)? = state.movements[id]?.body, donation.receipt == code else { continue }
                if let reversal = state.reversedBy[id].flatMap({ state.movements[$0] }) {
                    self.init(cancelled: state.movements[id]!, by: reversal, state: state, asOf: asOf)
                    return
                }
                guard let path = FundFollowing(clubID: clubID, state: state).paths[id] else { return nil }
                self.init(path: path, state: state, asOf: asOf)
                return
            }
        }
        return nil
    }

    /// Every receipt of a club's donations that carry a code, reversed ones included (their page says they were
    /// cancelled), oldest first.
    /// `following`: the club's, when the caller has it.
    public static func all(clubID: PartyID, state: LedgerState, asOf: CalendarDate, following: FundFollowing? = nil) -> [DonationReceipt] {
        let following = following ?? FundFollowing(clubID: clubID, state: state)
        var receipts: [(Movement, DonationReceipt)] = following.paths.values
            .filter { $0.donation.receipt != nil }
            .map { ($0.movement, DonationReceipt(path: $0, state: state, asOf: asOf)) }
        for id in state.clubMovementIDs[clubID] ?? [] {
            guard let movement = state.movements[id], case .donation(let donation) = movement.body, donation.receipt != nil,
                let reversal = state.reversedBy[id].flatMap({ state.movements[$0] })
            else { continue }
            receipts.append((movement, DonationReceipt(cancelled: movement, by: reversal, state: state, asOf: asOf)))
        }
        return receipts.sorted { FundFollowing.order($0.0, $1.0) }.map(\.1)
    }

    /// The same receipt as it is published: no member's number.
    public var forPublic: DonationReceipt { withMemberNumber(nil) }

    private func withMemberNumber(_ number: Int64?) -> DonationReceipt {
        DonationReceipt(
            code: code, movementID: movementID, date: date, amount: amount, club: club, event: event, memberNumber: number, parts: parts,
            stillInFund: stillInFund, cancellation: cancellation, asOf: asOf)
    }

    init(
        code: ReceiptCode?, movementID: MovementID, date: CalendarDate, amount: Money, club: PartyReference, event: String?,
        memberNumber: Int64?, parts: [ReceiptPart], stillInFund: Money, cancellation: Cancellation?, asOf: CalendarDate
    ) {
        self.code = code
        self.movementID = movementID
        self.date = date
        self.amount = amount
        self.club = club
        self.event = event
        self.memberNumber = memberNumber
        self.parts = parts
        self.stillInFund = stillInFund
        self.cancellation = cancellation
        self.asOf = asOf
    }

    /// What of it went on a fee, in all.
    public var fees: Money { Money(minorUnits: parts.map(\.fee.minorUnits).reduce(0, +), currency: amount.currency) }
}

/// The part of a donation one transfer or sending carried to a project, and how that project stands.
public struct ReceiptPart: Sendable, Equatable {
    public let carriedOn: CalendarDate
    /// A sending (confirmed on arrival by the other side) rather than a one-step transfer.
    public let isSending: Bool
    public let folio: Folio
    public let projectTitle: LocalizedText
    public let projectStatus: ProjectStatus
    /// Taken from the donation, fee included.
    public let drawn: Money
    public let fee: Money
    public let fate: DonationPart.Fate
    /// Given back to the club by a refund from the project (a cancelled project), in the project's currency.
    public let refunded: Money?
    /// With the other funders' match: about this much of the project's money (project currency), when what arrived is
    /// known and the club pledged to the project. The project's pledges over the club's pledge, times what arrived.
    public let withMatch: Money?
    /// The same in the fund's currency: the donation's amount sent times that ratio.
    public let withMatchInFundCurrency: Money?
    /// The project's latest physical progress and its date.
    public let progressPercent: Int?
    public let progressDate: CalendarDate?
    /// Paid by the project against invoices, in all.
    public let projectPaid: Money

    init(part: DonationPart, clubID: PartyID, fundCurrency: CurrencyCode, state: LedgerState) {
        carriedOn = part.carriedOn
        isSending = state.movements[part.carrierID].map { $0.body.kind == .sending } ?? false
        folio = part.folio
        let account = state.projects[part.folio]
        projectTitle = state.catalogue.projects[part.folio]?.title ?? LocalizedText(spanish: part.folio.text, english: part.folio.text)
        projectStatus = account?.status ?? .proposed
        drawn = Money(minorUnits: part.drawnMinorUnits, currency: fundCurrency)
        fee = Money(minorUnits: part.feeMinorUnits, currency: fundCurrency)
        fate = part.fate
        refunded =
            part.refundedMinorUnits > 0 ? part.arrived.map { Money(minorUnits: part.refundedMinorUnits, currency: $0.currency) } : nil
        let clubPledge = account?.pledgedMinorUnits[clubID] ?? 0
        let allPledges = account?.pledgedMinorUnits.values.reduce(0, +) ?? 0
        if let arrived = part.arrived, clubPledge > 0, allPledges >= clubPledge {
            withMatch = Money(
                minorUnits: Self.scaled(arrived.minorUnits - part.refundedMinorUnits, allPledges, clubPledge), currency: arrived.currency)
            withMatchInFundCurrency = Money(
                minorUnits: Self.scaled(part.drawnMinorUnits - part.feeMinorUnits, allPledges, clubPledge), currency: fundCurrency)
        } else {
            withMatch = nil
            withMatchInFundCurrency = nil
        }
        progressPercent = account?.latestProgress?.physicalPercent
        progressDate = account?.latestProgress?.date
        projectPaid = account?.totalPaid ?? Money(minorUnits: 0, currency: state.catalogue.projects[part.folio]?.currency ?? fundCurrency)
    }

    /// amount × numerator / denominator, rounded to the nearest minor unit, without overflow (capped at the largest
    /// amount a `Money` holds).
    static func scaled(_ amount: Int64, _ numerator: Int64, _ denominator: Int64) -> Int64 {
        let exact = (Int128(max(0, amount)) * Int128(numerator) + Int128(denominator) / 2) / Int128(denominator)
        return Int64(min(exact, Int128(Money.maximumMinorUnits)))
    }
}
