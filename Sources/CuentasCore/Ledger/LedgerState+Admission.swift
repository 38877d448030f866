/// The rules of a movement that read the catalogue, a project's status and earlier movements: whether it may happen at
/// all. What it does to the balances is checked afterwards, by the balance rules, over the balances it would leave.
extension LedgerState {
    /// Checks a movement's admission and returns the movement a reversal undoes (nil for every other kind).
    func admit(_ movement: Movement) throws(LedgerViolation) -> Movement? {
        switch movement.body {
        case .pledge(let pledge): try admitPledge(pledge, movement)
        case .deposit(let deposit): try admitDeposit(deposit, movement)
        case .transfer(let transfer): try admitTransfer(transfer, movement)
        case .donation(let donation): try admitDonation(donation, movement)
        case .payment(let payment): try admitPayment(payment, movement)
        case .refund(let refund):
            try requireCurrency(refund.amount.currency, try account(refund.folio, movement), movement)
        case .progress(let report): try admitProgress(report, movement)
        case .status(let change): try requireTransition(change, from: try account(change.folio, movement), movement)
        case .reversal(let reversal): return try admitReversal(reversal, movement)
        case .sending(let sending): try admitSending(sending, movement)
        case .arrival(let arrival): try admitConfirmation(arrival, movement)
        case .returned(let returned): try admitReturn(returned, movement)
        }
        return nil
    }

    private func admitPledge(_ pledge: Pledge, _ movement: Movement) throws(LedgerViolation) {
        let account = try account(pledge.folio, movement)
        try requireMoneyAccepted(account, movement)
        try requireFunder(pledge.partyID, of: account, movement)
        try requireCurrency(pledge.amount.currency, account, movement)
        if let proposal = catalogue.proposals[pledge.folio]?[pledge.partyID], !proposal.allowsPledge(numbered: movement.id) {
            throw violation(pledge.folio, movement, .sponsorshipNotAccepted(pledge.partyID))
        }
        if let club = catalogue.clubs[pledge.partyID], !catalogue.registrationInForce(of: club, on: movement.occurredOn) {
            throw violation(
                pledge.folio, movement,
                .tomaDeNotaNotCurrent(club.id, expiredOn: catalogue.lastExpiry(of: club, before: movement.occurredOn)))
        }
    }

    /// A deposit, or a transfer on arrival: money in from a party of the project. That the party pledged is a balance
    /// rule (`pledgeBeforeMoney`).
    private func admitArrival(
        _ folio: Folio, _ partyID: PartyID, _ remittance: Remittance, _ movement: Movement
    ) throws(LedgerViolation) {
        let account = try account(folio, movement)
        try requireMoneyAccepted(account, movement)
        try requireFunder(partyID, of: account, movement)
        try requireCurrency(remittance.received.currency, account, movement)
        if let existing = liveReferences[Remittance.referenceKey(remittance.reference)] {
            throw violation(folio, movement, .duplicateReference(remittance.reference, existing: existing))
        }
    }

    /// A deposit is an arrival; a government's is sent in the currency it pledged in (the project's).
    private func admitDeposit(_ deposit: Deposit, _ movement: Movement) throws(LedgerViolation) {
        try admitArrival(deposit.folio, deposit.partyID, deposit.remittance, movement)
        let sent = deposit.remittance.sent.currency
        if catalogue.governments[deposit.partyID] != nil, let account = projects[deposit.folio], sent != account.currency {
            throw violation(deposit.folio, movement, .depositCurrencyDiffersFromPledge(expected: account.currency, given: sent))
        }
    }

    private func admitTransfer(_ transfer: Transfer, _ movement: Movement) throws(LedgerViolation) {
        try requireSponsorFund(transfer.clubID, transfer.folio, sending: transfer.remittance.sent.currency, movement)
        try admitArrival(transfer.folio, transfer.clubID, transfer.remittance, movement)
    }

    /// Money leaves a club's fund for a project the club sponsors, in the fund's currency.
    private func requireSponsorFund(
        _ clubID: PartyID, _ folio: Folio, sending currency: CurrencyCode, _ movement: Movement
    ) throws(LedgerViolation) {
        guard let fund = clubFunds[clubID] else {
            throw violation(folio, movement, .unknownClub(clubID), club: clubID)
        }
        guard let project = catalogue.projects[folio] else {
            throw violation(folio, movement, .unknownProject)
        }
        guard project.sponsorClubIDs.contains(clubID) else {
            throw violation(folio, movement, .clubDoesNotSponsor(clubID))
        }
        guard currency == fund.club.fundCurrency else {
            throw violation(folio, movement, .currencyDiffers(expected: fund.club.fundCurrency, given: currency), club: clubID)
        }
    }

    /// A sending leaves the fund for a project that accepts money and that the club sponsors. That the fund covers it is
    /// a balance rule; that the club pledged is checked on arrival, when the money becomes the club's deposit.
    private func admitSending(_ sending: Sending, _ movement: Movement) throws(LedgerViolation) {
        try requireSponsorFund(sending.clubID, sending.folio, sending: sending.sent.currency, movement)
        try requireMoneyAccepted(try account(sending.folio, movement), movement)
    }

    /// The sending an arrival or a return settles: recorded, a sending, in force, not settled before, dated no later,
    /// and the club, project and amount the settlement repeats are the sending's.
    private func settledSending(
        _ id: MovementID, clubID: PartyID, folio: Folio, sent: Money, _ movement: Movement
    ) throws(LedgerViolation) -> Sending {
        guard let target = movements[id] else { throw violation(folio, movement, .unknownSending(id)) }
        guard case .sending(let sending) = target.body else { throw violation(folio, movement, .notASending(id, target.body.kind)) }
        if let reversal = reversedBy[id] { throw violation(folio, movement, .alreadyReversed(id, by: reversal)) }
        if let settlement = settledBy[id] { throw violation(folio, movement, .sendingAlreadySettled(id, by: settlement)) }
        guard sending.clubID == clubID, sending.folio == folio, sending.sent == sent else {
            throw violation(folio, movement, .settlementDiffersFromSending(id))
        }
        guard movement.occurredOn >= target.occurredOn else {
            throw violation(folio, movement, .settlementBeforeSending(id, sentOn: target.occurredOn))
        }
        return sending
    }

    /// An arrival: the sending's money reaches the project account and becomes the club's deposit, checked as one
    /// (the project accepts money, the club is a funder, the currency is the project's, the bank reference is new).
    private func admitConfirmation(_ arrival: Arrival, _ movement: Movement) throws(LedgerViolation) {
        _ = try settledSending(arrival.sendingID, clubID: arrival.clubID, folio: arrival.folio, sent: arrival.sent, movement)
        let account = try account(arrival.folio, movement)
        try requireMoneyAccepted(account, movement)
        try requireFunder(arrival.clubID, of: account, movement)
        try requireCurrency(arrival.received.currency, account, movement)
        if let existing = liveReferences[Remittance.referenceKey(arrival.reference)] {
            throw violation(arrival.folio, movement, .duplicateReference(arrival.reference, existing: existing))
        }
    }

    private func admitReturn(_ returned: SendingReturn, _ movement: Movement) throws(LedgerViolation) {
        _ = try settledSending(returned.sendingID, clubID: returned.clubID, folio: returned.folio, sent: returned.sent, movement)
    }

    private func admitDonation(_ donation: Donation, _ movement: Movement) throws(LedgerViolation) {
        guard let fund = clubFunds[donation.clubID] else {
            throw violation(nil, movement, .unknownClub(donation.clubID), club: donation.clubID)
        }
        guard donation.amount.currency == fund.club.fundCurrency else {
            throw violation(
                nil, movement, .currencyDiffers(expected: fund.club.fundCurrency, given: donation.amount.currency),
                club: donation.clubID)
        }
        if case .member(let memberID?) = donation.source, catalogue.members[memberID]?.clubID != donation.clubID {
            throw violation(nil, movement, .unknownMember(memberID), club: donation.clubID)
        }
    }

    private func admitPayment(_ payment: Payment, _ movement: Movement) throws(LedgerViolation) {
        let account = try account(payment.folio, movement)
        try requireInExecution(account, movement)
        try requireCurrency(payment.amount.currency, account, movement)
        guard account.project.budgetLine(payment.budgetLine) != nil else {
            throw violation(payment.folio, movement, .unknownBudgetLine(payment.budgetLine))
        }
        if let number = InvoiceUUID.number(payment.invoiceUUID), let existing = liveInvoices[number] {
            throw violation(payment.folio, movement, .invoiceAlreadyPaid(payment.invoiceUUID, existing: existing))
        }
    }

    private func admitReversal(_ reversal: Reversal, _ movement: Movement) throws(LedgerViolation) -> Movement {
        let targetID = reversal.movementID
        guard let target = movements[targetID] else {
            throw violation(nil, movement, .unknownMovement(targetID))
        }
        let folio = target.body.folio
        if let earlier = reversedBy[targetID] {
            throw violation(folio, movement, .alreadyReversed(targetID, by: earlier))
        }
        switch target.body {
        case .reversal: throw violation(folio, movement, .reversalOfReversal(targetID))
        case .status: throw violation(folio, movement, .statusCannotBeReversed(targetID))
        case .sending:
            // Its arrival or return stands on it: that one is reversed first.
            if let settlement = settledBy[targetID] { throw violation(folio, movement, .sendingAlreadySettled(targetID, by: settlement)) }
        default: break
        }
        guard movement.occurredOn >= target.occurredOn else {
            throw violation(folio, movement, .reversalBeforeItsTarget(targetID, targetDate: target.occurredOn))
        }
        return target
    }

    /// Progress is what a visit saw: it goes down only with the reason written in the movement's note (a slope that
    /// collapsed, a count corrected). A report dated before the latest one is a late entry, not a step back.
    private func admitProgress(_ report: ProgressReport, _ movement: Movement) throws(LedgerViolation) {
        let account = try account(report.folio, movement)
        try requireInExecution(account, movement)
        if let latest = account.latestProgress, movement.occurredOn >= latest.date, report.physicalPercent < latest.physicalPercent,
            movement.note.isEmpty
        {
            throw violation(
                report.folio, movement, .progressDecreasesWithoutReason(from: latest.physicalPercent, to: report.physicalPercent))
        }
    }

    private func requireTransition(_ change: StatusChange, from account: ProjectAccount, _ movement: Movement) throws(LedgerViolation) {
        guard account.status.allowedNext.contains(change.status) else {
            throw violation(change.folio, movement, .invalidTransition(from: account.status, to: change.status))
        }
        switch change.status {
        case .approved, .rejected:
            let sessionMissing = change.status == .approved && change.sessionDate == nil
            if sessionMissing || change.minutesReference == nil {
                throw violation(change.folio, movement, .approvalNeedsSession)
            }
            if let session = change.sessionDate, session > movement.occurredOn {
                throw violation(change.folio, movement, .decisionBeforeSession(session: session))
            }
        case .completed:
            if change.handOverReference == nil { throw violation(change.folio, movement, .completionNeedsHandOver) }
        case .cancelled:
            if change.reason == nil { throw violation(change.folio, movement, .cancellationNeedsReason) }
        case .closed:
            if account.balanceMinorUnits != 0 {
                throw violation(change.folio, movement, .closingWithBalance(account.balance))
            }
        case .proposed, .inExecution:
            break
        }
    }

    private func requireInExecution(_ account: ProjectAccount, _ movement: Movement) throws(LedgerViolation) {
        guard account.status == .inExecution || account.status == .completed else {
            throw violation(account.project.folio, movement, .projectNotInExecution(account.status))
        }
    }

    func requireMoneyAccepted(_ account: ProjectAccount, _ movement: Movement) throws(LedgerViolation) {
        guard account.status.acceptsMoney else {
            throw violation(account.project.folio, movement, .projectDoesNotAcceptMoney(account.status))
        }
    }

    func requireFunder(_ partyID: PartyID, of account: ProjectAccount, _ movement: Movement) throws(LedgerViolation) {
        guard catalogue.partyExists(partyID) else {
            throw violation(account.project.folio, movement, .unknownParty(partyID))
        }
        guard catalogue.isEligibleFunder(partyID, of: account.project) else {
            throw violation(account.project.folio, movement, .partyNotAFunder(partyID))
        }
    }

    func requireCurrency(_ currency: CurrencyCode, _ account: ProjectAccount, _ movement: Movement) throws(LedgerViolation) {
        guard currency == account.currency else {
            throw violation(account.project.folio, movement, .currencyDiffers(expected: account.currency, given: currency))
        }
    }
}
