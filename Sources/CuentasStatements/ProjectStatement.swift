import CuentasCore

/// Where a project's money came from and where it went: what migrants read. A pure function of the ledger.
public struct ProjectStatement: Hashable, Sendable {
    /// A government level that has owed part of its pledge for longer than this is flagged as late (`PartyFigures.isLate`).
    public static var lateAfterDays: Int { PartyFigures.lateAfterDays }

    public struct StatusStep: Hashable, Sendable {
        public let status: ProjectStatus
        public let date: CalendarDate
        /// The minutes of the approval or rejection, or the hand-over record.
        public let reference: String?
        public let sessionDate: CalendarDate?
        public let reason: String?
    }

    /// A funding party as the statement names it, with its figures as the project's figures computed them (read
    /// through: `source.committed`, `source.isLate`), never copied field by field.
    @dynamicMemberLookup
    public struct Source: Hashable, Sendable {
        public let party: PartyReference
        public let figures: PartyFigures
        public subscript<Value>(dynamicMember path: KeyPath<PartyFigures, Value>) -> Value { figures[keyPath: path] }
    }

    /// Money that arrived in the project account: a government deposit or a club's transfer from abroad.
    public struct Arrival: Hashable, Sendable {
        public let movementID: MovementID
        public let date: CalendarDate
        public let party: PartyReference
        public let sent: Money
        public let fee: Money
        public let exchangeCost: Money?
        public let exchangeRate: ExchangeRate
        public let rateSource: String
        public let received: Money
        public let reference: String
        public let fromClubFund: Bool
        public let reversal: ReversalMark?
        /// For a sending confirmed on arrival: when it left the club's fund (nil for a one-step transfer or a deposit).
        public let sentOn: CalendarDate?
        /// Who carried it, when the sending said.
        public let provider: String?
        /// What it lacked against the amount sent at the quoted rate, beyond the tolerance (`TransitRule`).
        public let shortfall: Shortfall?

        /// Sent in another currency than the project's: fees and exchange cost apply.
        public var isFromAbroad: Bool { sent.currency != received.currency || fee.isPositive }
    }

    public struct PaymentLine: Hashable, Sendable {
        public let movementID: MovementID
        public let date: CalendarDate
        /// For a scholarship, never a student's name: see `ProjectStatement.scholarshipPayee`.
        public let payee: String
        public let payeeTaxID: String?
        public let concept: String
        public let amount: Money
        public let invoiceUUID: String?
        public let overrunReason: String?
        public let reversal: ReversalMark?
    }

    /// A budget line's figures (read through: `use.budgeted`, `use.remaining`) with the payments made on it.
    @dynamicMemberLookup
    public struct BudgetUse: Hashable, Sendable {
        public let figures: BudgetLineFigures
        public let payments: [PaymentLine]
        public subscript<Value>(dynamicMember path: KeyPath<BudgetLineFigures, Value>) -> Value { figures[keyPath: path] }
    }

    public struct RefundLine: Hashable, Sendable {
        public let movementID: MovementID
        public let date: CalendarDate
        public let party: PartyReference
        public let amount: Money
        public let reference: String
        public let reversal: ReversalMark?
    }

    public struct ProgressPoint: Hashable, Sendable {
        public let movementID: MovementID
        public let date: CalendarDate
        public let physicalPercent: Int
        public let note: String
        public let reversal: ReversalMark?
    }

    public let folio: Folio
    public let title: LocalizedText
    public let description: LocalizedText
    public let kind: ProjectKind
    public let municipality: PartyReference
    public let locality: String
    public let clubs: [PartyReference]
    public let executingAgency: PartyReference
    public let status: ProjectStatus
    public let statusHistory: [StatusStep]
    public let schemeID: SchemeID?
    public let approvedCost: Money
    public let asOf: CalendarDate
    public let sources: [Source]
    public let arrivals: [Arrival]
    /// The clubs' sendings to the project not confirmed on arrival: in transit, and those the bank returned.
    public let sendings: [SendingTrack]
    /// The sendings in transit past `TransitRule.unconfirmedAfterDays`.
    public var unconfirmedSendings: [SendingTrack] { sendings.filter(\.isUnconfirmed) }
    /// What is in transit to the project, in each sent currency.
    public var inTransit: [Money] {
        var totals: [CurrencyCode: Int64] = [:]
        for track in sendings where track.isInTransit { totals[track.sending.sent.currency, default: 0] += track.sending.sent.minorUnits }
        return totals.sorted { $0.key < $1.key }.map { Money(minorUnits: $0.value, currency: $0.key) }
    }
    /// The arrivals short of what was sent.
    public var shortArrivals: [Arrival] { arrivals.filter { $0.shortfall != nil && $0.reversal == nil } }
    public let uses: [BudgetUse]
    /// Whether a re-programming moved the budget between lines: then each line shows approved and modified.
    public var isReprogrammed: Bool { uses.contains { $0.approved != $0.budgeted } }
    /// When the work is planned to end, once set.
    public let plannedEndOn: CalendarDate?
    /// Corrections of its details and re-programmings of its budget, by date.
    public let changes: [RecordChange]
    public let refunds: [RefundLine]
    public let progress: [ProgressPoint]
    public let corrections: [Correction]
    /// The figures its line in a list shows too (`ProjectSummary`).
    public let totals: ProjectTotals
    public let totalRefunded: Money

    public init?(folio: Folio, state: LedgerState, asOf: CalendarDate, transitRule: TransitRule = .standard) {
        guard let account = state.projects[folio] else { return nil }
        let catalogue = state.catalogue
        let project = account.project
        let figures = ProjectFigures(account: account, catalogue: catalogue, asOf: asOf)
        var arrivals: [Arrival] = []
        var payments: [Int: [PaymentLine]] = [:]
        var refunds: [RefundLine] = []
        var progress: [ProgressPoint] = []
        var corrections: [Correction] = []
        var schemeID: SchemeID?
        for id in state.projectMovementIDs[folio, default: []] {
            let movement = state.movements[id]!
            let reversal = ReversalMark.of(id, in: state)
            switch movement.body {
            case .deposit(let deposit):
                arrivals.append(Self.arrival(movement, deposit.partyID, deposit.remittance, fromClubFund: false, reversal, catalogue))
            case .transfer(let transfer):
                arrivals.append(Self.arrival(movement, transfer.clubID, transfer.remittance, fromClubFund: true, reversal, catalogue))
            case .arrival(let arrival):
                guard let sent = state.movements[arrival.sendingID], case .sending(let sending) = sent.body else { break }
                arrivals.append(
                    Self.arrival(
                        movement, arrival.clubID, sending.remittance(of: arrival), fromClubFund: true, reversal, catalogue,
                        sentOn: sent.occurredOn,
                        provider: sending.provider, shortfall: transitRule.shortfall(of: sending, received: arrival.received)))
            case .payment(let payment):
                let shown = PublishedPayee(payment, of: project.kind)
                payments[payment.budgetLine, default: []].append(
                    PaymentLine(
                        movementID: id, date: movement.occurredOn, payee: shown.payee ?? Self.scholarshipPayee,
                        payeeTaxID: shown.payeeTaxID, concept: movement.note, amount: payment.amount,
                        invoiceUUID: shown.invoiceUUID, overrunReason: payment.overrunReason, reversal: reversal))
            case .refund(let refund):
                refunds.append(
                    RefundLine(
                        movementID: id, date: movement.occurredOn, party: PartyReference(refund.partyID, in: catalogue),
                        amount: refund.amount, reference: refund.reference, reversal: reversal))
            case .progress(let report):
                progress.append(
                    ProgressPoint(
                        movementID: id, date: movement.occurredOn, physicalPercent: report.physicalPercent, note: movement.note,
                        reversal: reversal))
            case .reversal:
                if let correction = Correction.from(movement, in: state) { corrections.append(correction) }
            case .status(let change):
                if change.status == .approved { schemeID = change.schemeID }
            case .pledge, .donation, .sending, .returned:
                break
            }
        }
        self.folio = folio
        title = project.title
        description = project.description
        kind = project.kind
        municipality = PartyReference(project.municipalityID, in: catalogue)
        locality = project.locality
        plannedEndOn = project.plannedEndOn
        changes = RecordChange.of(project: project, in: catalogue)
        clubs = catalogue.acceptedSponsors(of: project).map { PartyReference($0, in: catalogue) }
        executingAgency = PartyReference(project.executingAgencyID, in: catalogue)
        status = account.status
        statusHistory =
            [StatusStep(status: .proposed, date: project.proposedOn, reference: nil, sessionDate: nil, reason: nil)]
            + account.statusHistory.map { entry in
                StatusStep(
                    status: entry.change.status, date: entry.date,
                    reference: entry.change.minutesReference ?? entry.change.handOverReference,
                    sessionDate: entry.change.sessionDate, reason: entry.change.reason)
            }
        self.schemeID = schemeID
        approvedCost = project.approvedCost
        self.asOf = asOf
        sources = figures.parties.map { party in
            Source(party: PartyReference(party.partyID, in: catalogue), figures: party)
        }
        self.arrivals = arrivals.sorted { ($0.date, $0.movementID) < ($1.date, $1.movementID) }
        sendings = state.sendingTracks(among: state.projectMovementIDs[folio, default: []], asOf: asOf, rule: transitRule)
            .filter { if case .arrived = $0.outcome { return false } else { return true } }
        uses = figures.budgetLines.map { line in
            BudgetUse(
                figures: line, payments: (payments[line.number] ?? []).sorted { ($0.date, $0.movementID) < ($1.date, $1.movementID) })
        }
        self.refunds = refunds
        self.progress = progress.sorted { ($0.date, $0.movementID) < ($1.date, $1.movementID) }
        self.corrections = corrections
        totals = figures.totals
        totalRefunded = figures.totalRefunded
    }

    /// What a scholarship statement shows instead of a payee: students are private persons.
    public static let scholarshipPayee = "—"

    private static func arrival(
        _ movement: Movement, _ partyID: PartyID, _ remittance: Remittance, fromClubFund: Bool, _ reversal: ReversalMark?,
        _ catalogue: Catalogue, sentOn: CalendarDate? = nil, provider: String? = nil, shortfall: Shortfall? = nil
    ) -> Arrival {
        Arrival(
            movementID: movement.id, date: movement.occurredOn, party: PartyReference(partyID, in: catalogue),
            sent: remittance.sent, fee: remittance.fee, exchangeCost: remittance.exchangeCost,
            exchangeRate: remittance.exchangeRate, rateSource: remittance.rateSource, received: remittance.received,
            reference: remittance.reference, fromClubFund: fromClubFund, reversal: reversal, sentOn: sentOn, provider: provider,
            shortfall: shortfall)
    }
}
