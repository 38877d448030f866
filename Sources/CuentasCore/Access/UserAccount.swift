/// A person who may sign in to the web app, and the part of the ledger that is theirs.
public struct UserAccount: Hashable, Sendable {
    /// The sign-in name: lowercase letters, digits, '.', '_' and '-', 1 to 60 characters.
    public let name: String
    public let role: UserRole
    /// A treasurer's club; nil for every other role.
    public let clubID: PartyID?
    /// An official's municipality; nil for every other role.
    public let municipalityID: PartyID?
    /// The projects a committee member watches; empty for every other role.
    public private(set) var watches: Set<Folio> = []

    public static let maximumNameCharacters = 60

    public init(name: String, role: UserRole, clubID: PartyID?, municipalityID: PartyID?) throws(InputError) {
        let allowed = "abcdefghijklmnopqrstuvwxyz0123456789._-"
        guard (1...Self.maximumNameCharacters).contains(name.count), name.allSatisfy({ allowed.contains($0) }) else {
            throw InputError(field: "name", value: name, expected: .userName)
        }
        if role == .treasurer, clubID == nil { throw InputError(field: "--club", value: "", expected: .identifier) }
        if role == .official, municipalityID == nil { throw InputError(field: "--municipality", value: "", expected: .identifier) }
        if role != .treasurer, let clubID {
            throw InputError(field: "--club", value: clubID.text, expected: .noScopeForRole(role.rawValue))
        }
        if role != .official, let municipalityID {
            throw InputError(field: "--municipality", value: municipalityID.text, expected: .noScopeForRole(role.rawValue))
        }
        self.name = name
        self.role = role
        self.clubID = clubID
        self.municipalityID = municipalityID
    }

    /// The same account watching `folios` (a committee member's projects).
    public func watching(_ folios: Set<Folio>) -> UserAccount {
        var account = self
        account.watches = role == .committee ? folios : []
        return account
    }

    /// For accounts read back from a file, which may be damaged: nil when the role and its club or municipality
    /// disagree.
    public init?(stored name: String, role: UserRole, clubID: PartyID?, municipalityID: PartyID?) {
        guard !name.isEmpty && (role == .treasurer) == (clubID != nil) && (role == .official) == (municipalityID != nil) else { return nil }
        self.name = name
        self.role = role
        self.clubID = clubID
        self.municipalityID = municipalityID
    }
}
