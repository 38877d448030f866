/// A club's toma de nota renewed: a new consular registration in force from `effectiveOn` until its expiry, recorded as
/// an amendment beside the club (whose row is never edited), dated, with who recorded it and why. Between an expiry and
/// the next renewal's first day the club is lapsed: a pledge of its money dated then is refused, on recording and on
/// every replay alike.
public struct ClubRenewal: Hashable, Sendable {
    public let clubID: PartyID
    public let tomaDeNota: TomaDeNota
    public let effectiveOn: CalendarDate
    public let reason: String
    public let recordedBy: String

    public init(clubID: PartyID, tomaDeNota: TomaDeNota, effectiveOn: CalendarDate, reason: String, recordedBy: String) {
        precondition(effectiveOn <= tomaDeNota.expiresOn, "a renewal is in force before it expires")
        self.clubID = clubID
        self.tomaDeNota = tomaDeNota
        self.effectiveOn = effectiveOn
        self.reason = reason
        self.recordedBy = recordedBy
    }

    /// Whether this renewal is in force on `date`.
    public func isInForce(on date: CalendarDate) -> Bool { effectiveOn <= date && tomaDeNota.isCurrent(on: date) }
}
