/// The ledger replayed: every project account and club fund, built by recording movements one at a time.
///
/// `record(_:)` checks every invariant before it changes anything, so a refused movement leaves the state as it
/// was. The same rules serve recording (a new movement) and checking (replaying the stored ones).
public struct LedgerState: Sendable {
    public let catalogue: Catalogue
    public internal(set) var projects: [Folio: ProjectAccount] = [:]
    public internal(set) var clubFunds: [PartyID: ClubFund] = [:]
    public internal(set) var movements = MovementTable()
    /// For each reversed movement, the reversal that undid it.
    public internal(set) var reversedBy: [MovementID: MovementID] = [:]
    /// For each sending confirmed on arrival or returned, the live arrival or return that settled it. A sending not here
    /// (and not reversed) is in transit.
    public internal(set) var settledBy: [MovementID: MovementID] = [:]
    /// Bank references of live deposits and transfers, so the same money cannot be recorded twice. The only rule that
    /// spans projects: a state replayed from part of the ledger is handed the rest (`assumeLiveReferences`).
    var liveReferences: [String: MovementID] = [:]
    /// CFDI invoices (as numbers, `InvoiceUUID.number`) of live payments: one invoice is paid once. Spans projects
    /// like the references (`assumeLiveInvoices`).
    var liveInvoices: [UInt128: MovementID] = [:]
    public internal(set) var lastMovementID: MovementID = 0
    /// Made to be read (`listing`): balances as stored, movements listed without the rules, and without the bank
    /// references and invoices in force that only the rules read. Nothing may be recorded on it.
    public internal(set) var isListing = false
    /// Every movement about each project, reversals of them included, in ledger order. Kept apart from the accounts
    /// so that appending never copies a long list (accounts are copied while a movement is checked).
    public internal(set) var projectMovementIDs: [Folio: [MovementID]] = [:]
    /// Every movement about each club (donations, transfers, the club's own deposits), in ledger order.
    public internal(set) var clubMovementIDs: [PartyID: [MovementID]] = [:]

    /// The projects each club sponsors, sorted by folio. Statements list them; scanning every project for each club
    /// was most of the time of computing a national portfolio's statements (4,000 clubs, 40,000 projects).
    public let sponsoredFolios: [PartyID: [Folio]]
    /// The projects of each municipality, sorted by folio.
    public let municipalityFolios: [PartyID: [Folio]]

    public init(catalogue: Catalogue) {
        self.catalogue = catalogue
        var sponsored: [PartyID: [Folio]] = [:]
        var byMunicipality: [PartyID: [Folio]] = [:]
        for (folio, project) in catalogue.projects.sorted(by: { $0.key < $1.key }) {
            projects[folio] = ProjectAccount(project: project)
            for club in project.sponsorClubIDs { sponsored[club, default: []].append(folio) }
            byMunicipality[project.municipalityID, default: []].append(folio)
        }
        sponsoredFolios = sponsored
        municipalityFolios = byMunicipality
        for (id, club) in catalogue.clubs { clubFunds[id] = ClubFund(club: club) }
    }

    /// Room for that many movements in all, so a replay of a whole ledger, or a large import recorded on top of one,
    /// does not grow its tables step by step (each step holds the old table and one twice its size at once).
    public mutating func reserveCapacity(movements count: Int) {
        movements.reserveCapacity(count)
    }

    /// The number the next movement will get.
    public var nextMovementID: MovementID { lastMovementID + 1 }

    /// Checks a movement against every rule and, if it passes, adds it. Throws and changes nothing otherwise. Returns
    /// the postings it made (what the store adds to its balances).
    @discardableResult
    public mutating func record(_ movement: Movement) throws(LedgerViolation) -> [Posting] {
        precondition(movement.id > lastMovementID, "movements are recorded in order")
        precondition(!isListing, "a state made to be read has no bank references or invoices to check new movements against")
        let target = try admit(movement)
        let postings = try post(movement, reversing: target)
        noteRecorded(movement, reversing: target)
        movements.append(movement)
        lastMovementID = movement.id
        return postings
    }

    /// Whether a movement is still in force.
    public func isLive(_ id: MovementID) -> Bool { movements[id] != nil && reversedBy[id] == nil }

    func account(_ folio: Folio, _ movement: Movement) throws(LedgerViolation) -> ProjectAccount {
        guard let account = projects[folio] else {
            throw LedgerViolation(folio: folio, movementID: movement.id, rule: .unknownProject)
        }
        return account
    }

    func violation(_ folio: Folio?, _ movement: Movement, _ rule: LedgerViolation.Rule, club: PartyID? = nil) -> LedgerViolation {
        LedgerViolation(folio: folio, clubID: club, movementID: movement.id, rule: rule)
    }
}
