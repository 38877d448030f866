/// Status changes and progress reports: the life of a project.
extension LedgerState {
    mutating func recordStatusChange(_ change: StatusChange, _ movement: Movement) throws(LedgerViolation) {
        let index = try accountIndex(change.folio, movement)
        do {
            let account = projects.values[index]
            try requireTransition(change, from: account, movement)
        }
        projects.values[index].status = change.status
        projects.values[index].statusHistory.append(.init(movementID: movement.id, date: movement.occurredOn, change: change))
        projectMovementIDs[change.folio, default: []].append(movement.id)
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

    mutating func recordProgress(_ report: ProgressReport, _ movement: Movement) throws(LedgerViolation) {
        let index = try accountIndex(report.folio, movement)
        let status = projects.values[index].status
        guard status == .inExecution || status == .completed else {
            throw violation(report.folio, movement, .projectNotInExecution(status))
        }
        projects.values[index].progress.append(
            .init(movementID: movement.id, date: movement.occurredOn, physicalPercent: report.physicalPercent))
        projectMovementIDs[report.folio, default: []].append(movement.id)
    }
}
