/// The ledger's rules over balances (beancount's named validations): each one a small check of the balances a movement
/// would leave, whatever kind of movement it is. A reversal is checked by the same rules as any movement: its postings
/// are its target's, negated. The first rule broken refuses the movement.
extension LedgerState {
    enum BalanceRule: CaseIterable {
        /// Totals of a project (pledged, received, refunded, paid) and a club fund's money stay within the range.
        case figuresInRange
        /// Money comes in only from a party with a live pledge and not beyond it by more than 1 % (what a club's
        /// dollars happened to buy; a larger contribution is pledged first, `cuentas pledge`), and a pledge is not
        /// withdrawn from under its money.
        case pledgeBeforeMoney
        /// A party is never refunded more than it gave.
        case refundWithinReceived
        /// A club fund never pays out more than it holds.
        case fundCoversTransfers
        /// A project never pays out more than it holds.
        case onHandNotNegative
        /// A budget line is not paid beyond its budget without a recorded reason.
        case lineWithinBudget
    }

    /// Mutating only to read the accounts in place (`peek`): a rule changes nothing.
    mutating func checkBalanceRules(_ proposed: ProposedBalances, _ movement: Movement, reversing target: Movement?) throws(LedgerViolation)
    {
        guard !proposed.postings.isEmpty else { return }
        for rule in BalanceRule.allCases {
            switch rule {
            case .figuresInRange: try checkFiguresInRange(proposed, movement)
            case .pledgeBeforeMoney: try checkPledgeBeforeMoney(proposed, movement, target)
            case .refundWithinReceived: try checkRefundWithinReceived(proposed, movement, target)
            case .fundCoversTransfers: try checkFundCoversTransfers(proposed, movement, target)
            case .onHandNotNegative: try checkOnHandNotNegative(proposed, movement, target)
            case .lineWithinBudget: try checkLineWithinBudget(proposed, movement)
            }
        }
    }

    /// A movement posts at most once on each kind of a project's balances, so a total after it is the total before (a
    /// sum of a few in-range values, which cannot overflow) plus the posting.
    private mutating func checkFiguresInRange(_ proposed: ProposedBalances, _ movement: Movement) throws(LedgerViolation) {
        for posting in proposed.postings where posting.minorUnits > 0 {
            let totalBefore: Int64
            switch posting.balance {
            case .committed: totalBefore = total(proposed, \.pledgedMinorUnits)
            case .received: totalBefore = total(proposed, \.receivedMinorUnits)
            case .refunded: totalBefore = total(proposed, \.refundedMinorUnits)
            case .paid: totalBefore = peekProject(proposed.owners) { $0.paidByLineMinorUnits.values.reduce(0, +) } ?? 0
            case .memberDonations(let club), .eventIncome(let club):
                if abs(fund(club, proposed)) > Money.maximumMinorUnits { throw outOfRange(posting.balance, movement) }
                continue
            case .onHand, .schemePledged, .sent, .fees, .inTransit: continue
            }
            if abs(totalBefore + posting.minorUnits) > Money.maximumMinorUnits { throw outOfRange(posting.balance, movement) }
        }
    }

    private mutating func total(_ proposed: ProposedBalances, _ parties: KeyPath<ProjectAccount, [PartyID: Int64]>) -> Int64 {
        peekProject(proposed.owners) { $0[keyPath: parties].values.reduce(0, +) } ?? 0
    }

    private mutating func checkPledgeBeforeMoney(
        _ proposed: ProposedBalances, _ movement: Movement, _ target: Movement?
    ) throws(LedgerViolation) {
        for posting in proposed.postings {
            switch posting.balance {
            case .received(let folio, let party) where posting.minorUnits > 0:
                let committed = value(.committed(folio, party), proposed)
                if committed <= 0 { throw violation(folio, movement, .depositWithoutPledge(party)) }
                let received = value(posting.balance, proposed)
                if received > committed + committed / 100, let account = projects[folio] {
                    throw violation(
                        folio, movement,
                        .moneyBeyondPledge(party, committed: account.money(committed), receivedAfter: account.money(received)))
                }
            case .committed(let folio, let party) where posting.minorUnits < 0:
                if value(.committed(folio, party), proposed) <= 0 && value(.received(folio, party), proposed) > 0 {
                    throw violation(folio, movement, .reversalLeavesDepositsWithoutPledge(target?.id ?? movement.id, party))
                }
            default: break
            }
        }
    }

    private mutating func checkRefundWithinReceived(
        _ proposed: ProposedBalances, _ movement: Movement, _ target: Movement?
    ) throws(LedgerViolation) {
        for posting in proposed.postings {
            switch posting.balance {
            case .refunded(let folio, let party) where posting.minorUnits > 0,
                .received(let folio, let party) where posting.minorUnits < 0:
                guard value(.refunded(folio, party), proposed) > value(.received(folio, party), proposed) else { continue }
                guard let target else {
                    let refundable = peek(.received(folio, party), at: proposed.owners) - peek(.refunded(folio, party), at: proposed.owners)
                    let account = projects[folio]!
                    throw violation(
                        folio, movement,
                        .refundExceedsReceived(party, amount: account.money(posting.minorUnits), refundable: account.money(refundable)))
                }
                throw violation(folio, movement, .reversalLeavesRefundAboveReceived(target.id, party))
            default: break
            }
        }
    }

    private mutating func checkFundCoversTransfers(
        _ proposed: ProposedBalances, _ movement: Movement, _ target: Movement?
    ) throws(LedgerViolation) {
        guard let club = proposed.postings.lazy.compactMap(\.balance.fundClubID).first else { return }
        let after = fund(club, proposed)
        guard after < 0, let currency = clubFunds[club]?.club.fundCurrency else { return }
        guard let target else {
            let before = fundBefore(club, proposed)
            throw violation(
                movement.body.folio, movement,
                .transferExceedsFund(
                    club, needed: Money(minorUnits: before - after, currency: currency), fund: Money(minorUnits: before, currency: currency)
                ),
                club: club)
        }
        throw violation(nil, movement, .reversalOverdrawsFund(target.id, fund: Money(minorUnits: after, currency: currency)), club: club)
    }

    private mutating func checkOnHandNotNegative(
        _ proposed: ProposedBalances, _ movement: Movement, _ target: Movement?
    ) throws(LedgerViolation) {
        for posting in proposed.postings {
            guard case .onHand(let folio) = posting.balance, posting.minorUnits < 0 else { continue }
            let after = value(posting.balance, proposed)
            guard after < 0, let account = projects[folio] else { continue }
            guard let target else {
                throw violation(
                    folio, movement,
                    .paymentExceedsBalance(
                        amount: account.money(-posting.minorUnits), balance: account.money(peek(posting.balance, at: proposed.owners))))
            }
            throw violation(folio, movement, .reversalOverdrawsBalance(target.id, balance: account.money(after)))
        }
    }

    private mutating func checkLineWithinBudget(_ proposed: ProposedBalances, _ movement: Movement) throws(LedgerViolation) {
        guard case .payment(let payment) = movement.body, payment.overrunReason == nil else { return }
        for posting in proposed.postings {
            // The line as budgeted on the payment's date: re-programmed from then, or as approved.
            guard case .paid(let folio, let number) = posting.balance,
                let budgeted = peekProject(proposed.owners, { $0.project.budgetedAmount(line: number, on: movement.occurredOn) }) ?? nil
            else { continue }
            let paidAfter = value(posting.balance, proposed)
            if paidAfter > budgeted.minorUnits {
                throw violation(
                    folio, movement,
                    .budgetLineOverspent(
                        line: number, budgeted: budgeted, paidAfter: Money(minorUnits: paidAfter, currency: budgeted.currency)))
            }
        }
    }
}
