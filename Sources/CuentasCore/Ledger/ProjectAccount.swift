/// The running account of one project, kept up to date movement by movement.
public struct ProjectAccount: Sendable {
    public struct StatusEntry: Hashable, Sendable {
        public let movementID: MovementID
        public let date: CalendarDate
        public let change: StatusChange
    }

    public struct ProgressEntry: Hashable, Sendable {
        public let movementID: MovementID
        public let date: CalendarDate
        public let physicalPercent: Int

        public init(movementID: MovementID, date: CalendarDate, physicalPercent: Int) {
            self.movementID = movementID
            self.date = date
            self.physicalPercent = physicalPercent
        }
    }

    public let project: Project
    public internal(set) var status: ProjectStatus = .proposed
    public internal(set) var statusHistory: [StatusEntry] = []
    /// Live (not reversed) pledges per party, in minor units of the project currency.
    public internal(set) var pledgedMinorUnits: [PartyID: Int64] = [:]
    /// The dates of each party's live pledges, by movement.
    public internal(set) var livePledgeDates: [PartyID: [MovementID: CalendarDate]] = [:]
    /// Every pledge that came from a scheme, reversed or not: they must add up to the approved cost.
    public internal(set) var schemePledgedMinorUnits: Int64 = 0
    public internal(set) var receivedMinorUnits: [PartyID: Int64] = [:]
    public internal(set) var refundedMinorUnits: [PartyID: Int64] = [:]
    public internal(set) var paidByLineMinorUnits: [Int: Int64] = [:]
    public internal(set) var balanceMinorUnits: Int64 = 0
    /// Live progress reports, in the order recorded.
    public internal(set) var progress: [ProgressEntry] = []

    init(project: Project) { self.project = project }

    var currency: CurrencyCode { project.currency }
    func money(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: currency) }

    public var balance: Money { money(balanceMinorUnits) }
    public var totalPaid: Money { money(paidByLineMinorUnits.values.reduce(0, +)) }
    public var totalReceived: Money { money(receivedMinorUnits.values.reduce(0, +)) }
    public var totalRefunded: Money { money(refundedMinorUnits.values.reduce(0, +)) }
    public var totalPledged: Money { money(pledgedMinorUnits.values.reduce(0, +)) }

    /// The latest physical progress: the report with the latest date (the later recorded on the same date).
    public var latestProgress: ProgressEntry? {
        progress.max { ($0.date, $0.movementID) < ($1.date, $1.movementID) }
    }

    /// When the project got the given status most recently.
    public func date(of status: ProjectStatus) -> CalendarDate? {
        statusHistory.last { $0.change.status == status }?.date
    }
}
