/// The executing agency's confirmation that a club's `Sending` reached the project account: only then is it the club's
/// deposit on the project. It repeats the sending's club, project and amount sent (the rules check that they agree) so
/// that what it does to the balances is read from it alone.
public struct Arrival: Hashable, Sendable {
    /// The movement number of the sending it confirms.
    public let sendingID: MovementID
    public let clubID: PartyID
    public let folio: Folio
    /// The sending's principal, in the fund's currency: it leaves the fund's money in transit.
    public let sent: Money
    /// What the project account received, in the project's currency (the bank statement's figure).
    public let received: Money
    /// The bank statement's reference. Unique among live deposits, transfers and arrivals.
    public let reference: String

    public init(sendingID: MovementID, clubID: PartyID, folio: Folio, sent: Money, received: Money, reference: String) {
        precondition(sent.isPositive && received.isPositive, "an arrival moves a positive amount")
        self.sendingID = sendingID
        self.clubID = clubID
        self.folio = folio
        self.sent = sent
        self.received = received
        self.reference = reference
    }
}

extension Arrival {
    /// The arrival of `movement`, which must be a sending: its club, project and amount sent repeated from it. The one
    /// way the command line, the web form and the import make an arrival.
    public init(of movement: Movement, received: Money, reference: String) throws(LedgerViolation) {
        let sending = try Sending.settled(by: movement)
        self.init(
            sendingID: movement.id, clubID: sending.clubID, folio: sending.folio, sent: sending.sent, received: received,
            reference: reference)
    }
}

extension Sending {
    /// The sending `movement` records; refused, naming it, when it records something else.
    static func settled(by movement: Movement) throws(LedgerViolation) -> Sending {
        guard case .sending(let sending) = movement.body else {
            throw LedgerViolation(folio: movement.body.folio, movementID: nil, rule: .notASending(movement.id, movement.body.kind))
        }
        return sending
    }
}
