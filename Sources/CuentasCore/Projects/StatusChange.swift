/// A dated change of a project's status, with the record that justifies it.
public struct StatusChange: Hashable, Sendable {
    public let folio: Folio
    public let status: ProjectStatus
    /// Approval: the date of the validation committee's session.
    public let sessionDate: CalendarDate?
    /// Approval or rejection: the reference of the session's minutes (acta).
    public let minutesReference: String?
    /// Completion: the reference of the hand-over record (acta de entrega-recepción).
    public let handOverReference: String?
    /// Cancellation: why.
    public let reason: String?
    /// Approval: the matching scheme that fixed each party's share.
    public let schemeID: SchemeID?

    public init(
        folio: Folio, status: ProjectStatus, sessionDate: CalendarDate? = nil, minutesReference: String? = nil,
        handOverReference: String? = nil, reason: String? = nil, schemeID: SchemeID? = nil
    ) {
        self.folio = folio
        self.status = status
        self.sessionDate = sessionDate
        self.minutesReference = minutesReference
        self.handOverReference = handOverReference
        self.reason = reason
        self.schemeID = schemeID
    }
}
