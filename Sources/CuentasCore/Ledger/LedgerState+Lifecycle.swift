/// Status changes and progress reports: the life of a project.
extension LedgerState {
    mutating func recordStatusChange(_ change: StatusChange, _ movement: Movement) throws(LedgerViolation) {
        var account = try account(change.folio, movement)
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
        account.status = change.status
        account.statusHistory.append(.init(movementID: movement.id, date: movement.occurredOn, change: change))
        projectMovementIDs[account.project.folio, default: []].append(movement.id)
        projects[change.folio] = account
    }

    mutating func recordProgress(_ report: ProgressReport, _ movement: Movement) throws(LedgerViolation) {
        var account = try account(report.folio, movement)
        guard account.status == .inExecution || account.status == .completed else {
            throw violation(report.folio, movement, .projectNotInExecution(account.status))
        }
        account.progress.append(.init(movementID: movement.id, date: movement.occurredOn, physicalPercent: report.physicalPercent))
        projectMovementIDs[account.project.folio, default: []].append(movement.id)
        projects[report.folio] = account
    }
}
