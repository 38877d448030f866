/// What each kind of movement does: the postings it makes on named balances, and what it touches. The one place that
/// says it. Recording applies these postings, a reversal applies the negation of its target's, and the stored balances,
/// `check` and the re-publish's "what changed" all read them.
public enum MovementEffects {
    /// The postings of a movement. A reversal's are the negation of its target's (`target` is the movement it undoes;
    /// nil for every other kind, and a reversal without its target posts nothing).
    public static func postings(of body: MovementBody, reversing target: MovementBody? = nil) -> [Posting] {
        switch body {
        case .pledge(let pledge):
            let committed = Posting(.committed(pledge.folio, pledge.partyID), pledge.amount.minorUnits)
            guard pledge.schemeID != nil else { return [committed] }
            return [committed, Posting(.schemePledged(pledge.folio), pledge.amount.minorUnits)]
        case .deposit(let deposit):
            return arrival(deposit.folio, deposit.partyID, deposit.remittance)
        case .transfer(let transfer):
            return arrival(transfer.folio, transfer.clubID, transfer.remittance) + [
                Posting(.sent(transfer.clubID), transfer.remittance.sent.minorUnits),
                Posting(.fees(transfer.clubID), transfer.remittance.fee.minorUnits),
            ]
        case .donation(let donation):
            switch donation.source {
            case .member: return [Posting(.memberDonations(donation.clubID), donation.amount.minorUnits)]
            case .event: return [Posting(.eventIncome(donation.clubID), donation.amount.minorUnits)]
            }
        case .payment(let payment):
            return [
                Posting(.paid(payment.folio, line: payment.budgetLine), payment.amount.minorUnits),
                Posting(.onHand(payment.folio), -payment.amount.minorUnits),
            ]
        case .refund(let refund):
            return [
                Posting(.refunded(refund.folio, refund.partyID), refund.amount.minorUnits),
                Posting(.onHand(refund.folio), -refund.amount.minorUnits),
            ]
        case .sending(let sending):
            return [
                Posting(.sent(sending.clubID), sending.sent.minorUnits),
                Posting(.fees(sending.clubID), sending.fee.minorUnits),
                Posting(.inTransit(sending.clubID), sending.sent.minorUnits),
            ]
        case .arrival(let arrival):
            return [
                Posting(.received(arrival.folio, arrival.clubID), arrival.received.minorUnits),
                Posting(.onHand(arrival.folio), arrival.received.minorUnits),
                Posting(.inTransit(arrival.clubID), -arrival.sent.minorUnits),
            ]
        case .returned(let returned):
            // The principal comes back to the fund; the fee stays spent.
            return [
                Posting(.sent(returned.clubID), -returned.sent.minorUnits),
                Posting(.inTransit(returned.clubID), -returned.sent.minorUnits),
            ]
        case .progress, .status:
            return []
        case .reversal:
            guard let target else { return [] }
            return postings(of: target).filter(\.balance.isUndoneByReversal).map(\.negated)
        }
    }

    private static func arrival(_ folio: Folio, _ party: PartyID, _ remittance: Remittance) -> [Posting] {
        [
            Posting(.received(folio, party), remittance.received.minorUnits),
            Posting(.onHand(folio), remittance.received.minorUnits),
        ]
    }

    /// The project and the party a movement is about: a reversal is about what its target is about. The party is the
    /// club whose listing and statement it belongs in when that party is a club (a donation's, a transfer's, a
    /// deposit's depositor, a refund's payee). Recording lists it there, and a re-publish renders those statements again.
    public static func touches(_ body: MovementBody, reversing target: MovementBody? = nil) -> (folio: Folio?, party: PartyID?) {
        switch body {
        case .pledge(let pledge): return (pledge.folio, nil)
        case .deposit(let deposit): return (deposit.folio, deposit.partyID)
        case .transfer(let transfer): return (transfer.folio, transfer.clubID)
        case .donation(let donation): return (nil, donation.clubID)
        case .payment(let payment): return (payment.folio, nil)
        case .refund(let refund): return (refund.folio, refund.partyID)
        case .progress(let report): return (report.folio, nil)
        case .status(let change): return (change.folio, nil)
        case .sending(let sending): return (sending.folio, sending.clubID)
        case .arrival(let arrival): return (arrival.folio, arrival.clubID)
        case .returned(let returned): return (returned.folio, returned.clubID)
        case .reversal: return target.map { touches($0) } ?? (nil, nil)
        }
    }
}
