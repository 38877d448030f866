/// Reversals: a correction undoes the whole effect of an earlier movement, if the ledger stays sound without it.
extension LedgerState {
    mutating func recordReversal(_ reversal: Reversal, _ movement: Movement) throws(LedgerViolation) {
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
        case .pledge(let pledge):
            var account = projects[pledge.folio]!
            account.pledgedMinorUnits[pledge.partyID, default: 0] -= pledge.amount.minorUnits
            account.livePledgeDates[pledge.partyID]?[targetID] = nil
            if account.pledgedMinorUnits[pledge.partyID, default: 0] <= 0 && account.receivedMinorUnits[pledge.partyID, default: 0] > 0 {
                throw violation(folio, movement, .reversalLeavesDepositsWithoutPledge(targetID, pledge.partyID))
            }
            projectMovementIDs[account.project.folio, default: []].append(movement.id)
            projects[pledge.folio] = account
        case .deposit(let deposit):
            try undoArrival(folio: deposit.folio, partyID: deposit.partyID, remittance: deposit.remittance, targetID, movement)
        case .transfer(let transfer):
            try undoArrival(folio: transfer.folio, partyID: transfer.clubID, remittance: transfer.remittance, targetID, movement)
            let returned = transfer.remittance.sent + transfer.remittance.fee
            clubFunds[transfer.clubID]!.balanceMinorUnits += returned.minorUnits
            clubMovementIDs[transfer.clubID, default: []].append(movement.id)
        case .donation(let donation):
            var fund = clubFunds[donation.clubID]!
            fund.balanceMinorUnits -= donation.amount.minorUnits
            guard fund.balanceMinorUnits >= 0 else {
                throw violation(nil, movement, .reversalOverdrawsFund(targetID, fund: fund.balance), club: donation.clubID)
            }
            switch donation.source {
            case .member: fund.memberDonationsMinorUnits -= donation.amount.minorUnits
            case .event: fund.eventIncomeMinorUnits -= donation.amount.minorUnits
            }
            clubMovementIDs[fund.club.id, default: []].append(movement.id)
            clubFunds[donation.clubID] = fund
        case .payment(let payment):
            var account = projects[payment.folio]!
            account.paidByLineMinorUnits[payment.budgetLine, default: 0] -= payment.amount.minorUnits
            account.balanceMinorUnits += payment.amount.minorUnits
            projectMovementIDs[account.project.folio, default: []].append(movement.id)
            projects[payment.folio] = account
        case .refund(let refund):
            var account = projects[refund.folio]!
            account.refundedMinorUnits[refund.partyID, default: 0] -= refund.amount.minorUnits
            account.balanceMinorUnits += refund.amount.minorUnits
            projectMovementIDs[account.project.folio, default: []].append(movement.id)
            projects[refund.folio] = account
        case .progress(let report):
            var account = projects[report.folio]!
            account.progress.removeAll { $0.movementID == targetID }
            projectMovementIDs[account.project.folio, default: []].append(movement.id)
            projects[report.folio] = account
        }
        reversedBy[targetID] = movement.id
    }

    private mutating func undoArrival(
        folio: Folio, partyID: PartyID, remittance: Remittance, _ targetID: MovementID, _ movement: Movement
    ) throws(LedgerViolation) {
        var account = projects[folio]!
        account.receivedMinorUnits[partyID, default: 0] -= remittance.received.minorUnits
        account.balanceMinorUnits -= remittance.received.minorUnits
        guard account.balanceMinorUnits >= 0 else {
            throw violation(folio, movement, .reversalOverdrawsBalance(targetID, balance: account.balance))
        }
        projectMovementIDs[account.project.folio, default: []].append(movement.id)
        projects[folio] = account
        liveReferences[remittance.reference] = nil
        if clubFunds[partyID] != nil, case .deposit = movements[targetID]!.body {
            clubMovementIDs[partyID, default: []].append(movement.id)
        }
    }
}
