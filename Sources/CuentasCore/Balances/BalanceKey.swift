/// One named balance of the ledger: a figure that movements change by signed amounts, in minor units of the currency
/// of what it belongs to (a project's currency, a club fund's currency).
///
/// Every balance is the sum of the postings of the movements in force; `MovementEffects` says which postings each kind
/// of movement makes. The store keeps them in tables of their own (one per owner: a project and party, a budget line,
/// a project, a club fund) and `check` proves them equal to a full replay.
public enum BalanceKey: Hashable, Sendable, CustomStringConvertible {
    /// What a party has pledged to a project, live pledges only.
    case committed(Folio, PartyID)
    /// What a party's deposits and transfers brought to a project.
    case received(Folio, PartyID)
    /// What a project returned to a party.
    case refunded(Folio, PartyID)
    /// What a budget line of a project has paid.
    case paid(Folio, line: Int)
    /// The money a project holds: received, less paid and refunded.
    case onHand(Folio)
    /// Every pledge a matching scheme set on a project, corrected or not: together they must come to the approved cost.
    case schemePledged(Folio)
    /// A club fund's gifts from members.
    case memberDonations(PartyID)
    /// A club fund's income from events.
    case eventIncome(PartyID)
    /// What a club fund sent to projects.
    case sent(PartyID)
    /// What a club fund paid in transfer fees.
    case fees(PartyID)
    /// What a club fund sent that the project's side has not yet confirmed (nor the bank returned): part of `sent`.
    case inTransit(PartyID)

    /// The project the balance belongs to, if any.
    public var folio: Folio? {
        switch self {
        case .committed(let folio, _), .received(let folio, _), .refunded(let folio, _), .paid(let folio, _),
            .onHand(let folio), .schemePledged(let folio):
            return folio
        case .memberDonations, .eventIncome, .sent, .fees, .inTransit: return nil
        }
    }

    /// The club whose fund the balance belongs to, if any.
    public var fundClubID: PartyID? {
        switch self {
        case .memberDonations(let club), .eventIncome(let club), .sent(let club), .fees(let club), .inTransit(let club): return club
        default: return nil
        }
    }

    /// Whether a reversal undoes this balance's part of the movement it reverses. Only the record of what schemes set
    /// stays: a corrected scheme pledge is replaced by another, and the scheme's pledges must still add up.
    public var isUndoneByReversal: Bool {
        if case .schemePledged = self { return false }
        return true
    }

    /// The balance's name as `check` prints it: table, key and column.
    public var description: String {
        switch self {
        case .committed(let folio, let party): return "projectPartyBalance \(folio.text)/\(party.text) committed"
        case .received(let folio, let party): return "projectPartyBalance \(folio.text)/\(party.text) received"
        case .refunded(let folio, let party): return "projectPartyBalance \(folio.text)/\(party.text) refunded"
        case .paid(let folio, let line): return "budgetLineBalance \(folio.text)/\(line) paid"
        case .onHand(let folio): return "projectBalance \(folio.text) onHand"
        case .schemePledged(let folio): return "projectBalance \(folio.text) schemePledged"
        case .memberDonations(let club): return "clubFundBalance \(club.text) memberDonations"
        case .eventIncome(let club): return "clubFundBalance \(club.text) eventIncome"
        case .sent(let club): return "clubFundBalance \(club.text) sent"
        case .fees(let club): return "clubFundBalance \(club.text) fees"
        case .inTransit(let club): return "clubFundBalance \(club.text) inTransit"
        }
    }
}
