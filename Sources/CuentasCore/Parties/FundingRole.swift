/// The part a party plays in a matching scheme: the migrants, or one of the government levels.
public enum FundingRole: String, Sendable, CaseIterable, Codable, Comparable {
    /// The club or clubs (or their federation): the migrants' money.
    case club
    case federal
    case state
    case municipal

    public init(_ level: GovernmentLevel) {
        switch level {
        case .federal: self = .federal
        case .state: self = .state
        case .municipal: self = .municipal
        }
    }

    public var governmentLevel: GovernmentLevel? {
        switch self {
        case .club: return nil
        case .federal: return .federal
        case .state: return .state
        case .municipal: return .municipal
        }
    }

    /// The role as a sentence says it: "club", "federal", "estatal".
    public func name(in language: Language) -> String {
        switch self {
        case .club: return say(language, es: "club", en: "club")
        case .federal, .state, .municipal: return governmentLevel!.name(in: language)
        }
    }

    /// The role as a label or a column says it, from the same words: "Club", "Gobierno estatal", "State government".
    public func title(in language: Language) -> String {
        guard let level = governmentLevel else { return say(language, es: "Club", en: "Club") }
        let name = level.name(in: language)
        return say(language, es: "Gobierno \(name)", en: name.prefix(1).uppercased() + name.dropFirst() + " government")
    }

    var rank: Int { FundingRole.allCases.firstIndex(of: self)! }
    public static func < (left: FundingRole, right: FundingRole) -> Bool { left.rank < right.rank }
}
