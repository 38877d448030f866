/// What a recorded movement leaves besides money: where it is listed, the bank references in force, a project's
/// status and progress, which movement reversed which. None of it is a sum; the money is in `post`.
extension LedgerState {
    mutating func noteRecorded(_ movement: Movement, reversing target: Movement?) {
        let touched = MovementEffects.touches(movement.body, reversing: target?.body)
        if let folio = touched.folio { projectMovementIDs[folio, default: []].append(movement.id) }
        if let party = touched.party, clubFunds[party] != nil { clubMovementIDs[party, default: []].append(movement.id) }
        switch movement.body {
        case .pledge(let pledge):
            projects[pledge.folio]!.livePledgeDates[pledge.partyID, default: [:]][movement.id] = movement.occurredOn
        case .deposit(let deposit):
            if !isListing { liveReferences[Remittance.referenceKey(deposit.remittance.reference)] = movement.id }
        case .transfer(let transfer):
            if !isListing { liveReferences[Remittance.referenceKey(transfer.remittance.reference)] = movement.id }
        case .status(let change):
            projects[change.folio]!.status = change.status
            projects[change.folio]!.statusHistory.append(.init(movementID: movement.id, date: movement.occurredOn, change: change))
        case .progress(let report):
            projects[report.folio]!.progress.append(
                .init(movementID: movement.id, date: movement.occurredOn, physicalPercent: report.physicalPercent))
        case .reversal(let reversal):
            if let target { noteUndone(target) }
            reversedBy[reversal.movementID] = movement.id
        case .payment(let payment):
            if !isListing, let number = InvoiceUUID.number(payment.invoiceUUID) { liveInvoices[number] = movement.id }
        case .arrival(let arrival):
            settledBy[arrival.sendingID] = movement.id
            if !isListing { liveReferences[Remittance.referenceKey(arrival.reference)] = movement.id }
        case .returned(let returned):
            settledBy[returned.sendingID] = movement.id
        case .donation, .refund, .sending:
            break
        }
    }

    private mutating func noteUndone(_ target: Movement) {
        switch target.body {
        case .pledge(let pledge): projects[pledge.folio]!.livePledgeDates[pledge.partyID]?[target.id] = nil
        case .deposit(let deposit): if !isListing { liveReferences[Remittance.referenceKey(deposit.remittance.reference)] = nil }
        case .transfer(let transfer): if !isListing { liveReferences[Remittance.referenceKey(transfer.remittance.reference)] = nil }
        case .progress(let report): projects[report.folio]!.progress.removeAll { $0.movementID == target.id }
        case .payment(let payment): if !isListing, let number = InvoiceUUID.number(payment.invoiceUUID) { liveInvoices[number] = nil }
        case .arrival(let arrival):
            settledBy[arrival.sendingID] = nil
            if !isListing { liveReferences[Remittance.referenceKey(arrival.reference)] = nil }
        case .returned(let returned): settledBy[returned.sendingID] = nil
        case .donation, .refund, .status, .reversal, .sending: break
        }
    }
}
