extension MovementBody {
    /// Which of a transfer's two amounts is meant: what left the club's fund, or what reached the project.
    public enum TransferSide: Sendable {
        /// The club's side: a treasurer's list of the fund's movements.
        case sent
        /// The project's side: a statement of the project's money.
        case received
    }

    /// The money a movement moves, as a person would name it (what arrived, for a deposit); nil for progress, status
    /// changes and reversals. A transfer is named by the side the reader stands on.
    public func amount(transfer side: TransferSide) -> Money? {
        switch self {
        case .pledge(let pledge): return pledge.amount
        case .deposit(let deposit): return deposit.remittance.received
        case .donation(let donation): return donation.amount
        case .transfer(let transfer): return side == .sent ? transfer.remittance.sent : transfer.remittance.received
        case .payment(let payment): return payment.amount
        case .refund(let refund): return refund.amount
        case .sending(let sending): return sending.sent
        case .arrival(let arrival): return arrival.received
        case .returned(let returned): return returned.sent
        case .progress, .status, .reversal: return nil
        }
    }
}
