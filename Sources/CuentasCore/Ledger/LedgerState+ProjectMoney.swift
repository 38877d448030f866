/// Pledges, deposits, payments and refunds: the money of a project account.
extension LedgerState {
    mutating func recordPledge(_ pledge: Pledge, _ movement: Movement) throws(LedgerViolation) {
        let index = try accountIndex(pledge.folio, movement)
        do {
            let account = projects.values[index]
            try requireMoneyAccepted(account, movement)
            try requireFunder(pledge.partyID, of: account, movement)
            try requireCurrency(pledge.amount.currency, account, movement)
        }
        if let club = catalogue.clubs[pledge.partyID] {
            guard let registration = club.tomaDeNota, registration.isCurrent(on: movement.occurredOn) else {
                throw violation(pledge.folio, movement, .tomaDeNotaNotCurrent(club.id, expiredOn: club.tomaDeNota?.expiresOn))
            }
        }
        projects.values[index].pledgedMinorUnits[pledge.partyID, default: 0] += pledge.amount.minorUnits
        projects.values[index].livePledgeDates[pledge.partyID, default: [:]][movement.id] = movement.occurredOn
        if pledge.schemeID != nil { projects.values[index].schemePledgedMinorUnits += pledge.amount.minorUnits }
        projectMovementIDs[pledge.folio, default: []].append(movement.id)
    }

    /// A deposit, or a transfer on arrival: money in from a party that pledged.
    mutating func recordArrival(
        folio: Folio, partyID: PartyID, remittance: Remittance, _ movement: Movement
    ) throws(LedgerViolation) {
        let index = try accountIndex(folio, movement)
        do {
            let account = projects.values[index]
            try requireMoneyAccepted(account, movement)
            try requireFunder(partyID, of: account, movement)
            try requireCurrency(remittance.received.currency, account, movement)
            guard account.pledgedMinorUnits[partyID, default: 0] > 0 else {
                throw violation(folio, movement, .depositWithoutPledge(partyID))
            }
        }
        if let existing = liveReferences[remittance.reference] {
            throw violation(folio, movement, .duplicateReference(remittance.reference, existing: existing))
        }
        projects.values[index].receivedMinorUnits[partyID, default: 0] += remittance.received.minorUnits
        projects.values[index].balanceMinorUnits += remittance.received.minorUnits
        projectMovementIDs[folio, default: []].append(movement.id)
        liveReferences[remittance.reference] = movement.id
        if clubFunds[partyID] != nil { clubMovementIDs[partyID, default: []].append(movement.id) }
    }

    mutating func recordTransfer(_ transfer: Transfer, _ movement: Movement) throws(LedgerViolation) {
        guard var fund = clubFunds[transfer.clubID] else {
            throw violation(transfer.folio, movement, .unknownClub(transfer.clubID), club: transfer.clubID)
        }
        guard let project = catalogue.projects[transfer.folio] else {
            throw violation(transfer.folio, movement, .unknownProject)
        }
        guard project.sponsorClubIDs.contains(transfer.clubID) else {
            throw violation(transfer.folio, movement, .clubDoesNotSponsor(transfer.clubID))
        }
        let sent = transfer.remittance.sent
        guard sent.currency == fund.club.fundCurrency else {
            throw violation(transfer.folio, movement, .currencyDiffers(expected: fund.club.fundCurrency, given: sent.currency), club: transfer.clubID)
        }
        let needed = sent + transfer.remittance.fee
        guard needed.minorUnits <= fund.balanceMinorUnits else {
            throw violation(transfer.folio, movement, .transferExceedsFund(transfer.clubID, needed: needed, fund: fund.balance), club: transfer.clubID)
        }
        // The arrival rules (pledge, reference, status) are checked before the fund is touched.
        try recordArrival(folio: transfer.folio, partyID: transfer.clubID, remittance: transfer.remittance, movement)
        fund = clubFunds[transfer.clubID]!
        fund.balanceMinorUnits -= needed.minorUnits
        clubFunds[transfer.clubID] = fund
    }

    mutating func recordPayment(_ payment: Payment, _ movement: Movement) throws(LedgerViolation) {
        let index = try accountIndex(payment.folio, movement)
        let paidAfter: Int64
        do {
            let account = projects.values[index]
            guard account.status == .inExecution || account.status == .completed else {
                throw violation(payment.folio, movement, .projectNotInExecution(account.status))
            }
            try requireCurrency(payment.amount.currency, account, movement)
            guard let line = account.project.budgetLine(payment.budgetLine) else {
                throw violation(payment.folio, movement, .unknownBudgetLine(payment.budgetLine))
            }
            guard payment.amount.minorUnits <= account.balanceMinorUnits else {
                throw violation(payment.folio, movement, .paymentExceedsBalance(amount: payment.amount, balance: account.balance))
            }
            paidAfter = account.paidByLineMinorUnits[line.number, default: 0] + payment.amount.minorUnits
            if paidAfter > line.amount.minorUnits && payment.overrunReason == nil {
                throw violation(
                    payment.folio, movement,
                    .budgetLineOverspent(line: line.number, budgeted: line.amount, paidAfter: account.money(paidAfter)))
            }
        }
        projects.values[index].paidByLineMinorUnits[payment.budgetLine] = paidAfter
        projects.values[index].balanceMinorUnits -= payment.amount.minorUnits
        projectMovementIDs[payment.folio, default: []].append(movement.id)
    }

    mutating func recordRefund(_ refund: Refund, _ movement: Movement) throws(LedgerViolation) {
        var account = try account(refund.folio, movement)
        try requireCurrency(refund.amount.currency, account, movement)
        let refundable = account.receivedMinorUnits[refund.partyID, default: 0] - account.refundedMinorUnits[refund.partyID, default: 0]
        guard refund.amount.minorUnits <= refundable else {
            throw violation(
                refund.folio, movement,
                .refundExceedsReceived(refund.partyID, amount: refund.amount, refundable: account.money(refundable)))
        }
        guard refund.amount.minorUnits <= account.balanceMinorUnits else {
            throw violation(refund.folio, movement, .paymentExceedsBalance(amount: refund.amount, balance: account.balance))
        }
        account.refundedMinorUnits[refund.partyID, default: 0] += refund.amount.minorUnits
        account.balanceMinorUnits -= refund.amount.minorUnits
        projectMovementIDs[account.project.folio, default: []].append(movement.id)
        projects[refund.folio] = account
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
