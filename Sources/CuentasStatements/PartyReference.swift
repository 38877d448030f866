import CuentasCore

/// A party as a statement names it: its code, its name, and the part it plays.
public struct PartyReference: Hashable, Sendable {
    public let id: PartyID
    public let name: String
    public let role: FundingRole?

    public init(id: PartyID, name: String, role: FundingRole?) {
        self.id = id
        self.name = name
        self.role = role
    }

    init(_ id: PartyID, in catalogue: Catalogue) {
        self.id = id
        self.name = catalogue.partyName(id)
        self.role = catalogue.role(of: id)
    }
}
