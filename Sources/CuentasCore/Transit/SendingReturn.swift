/// A sending that never reached the project: the bank or the remittance company returned it, and the principal is back
/// in the club's fund. The fee stays spent (providers keep it). Repeats the sending's club, project and amount, checked
/// by the rules, like an `Arrival`.
public struct SendingReturn: Hashable, Sendable {
    public let sendingID: MovementID
    public let clubID: PartyID
    public let folio: Folio
    public let sent: Money
    /// Why it came back ("cuenta destino cerrada", "nombre del beneficiario no coincide").
    public let reason: String

    public init(sendingID: MovementID, clubID: PartyID, folio: Folio, sent: Money, reason: String) {
        precondition(sent.isPositive, "a return moves a positive amount")
        self.sendingID = sendingID
        self.clubID = clubID
        self.folio = folio
        self.sent = sent
        self.reason = reason
    }
}

extension SendingReturn {
    /// The return of `movement`, which must be a sending (see `Arrival.init(of:received:reference:)`).
    public init(of movement: Movement, reason: String) throws(LedgerViolation) {
        let sending = try Sending.settled(by: movement)
        self.init(sendingID: movement.id, clubID: sending.clubID, folio: sending.folio, sent: sending.sent, reason: reason)
    }
}
