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

    public func name(in language: Language) -> String {
        switch self {
        case .club: return say(language, es: "club", en: "club")
        case .federal, .state, .municipal: return governmentLevel!.name(in: language)
        }
    }

    var rank: Int { FundingRole.allCases.firstIndex(of: self)! }
    public static func < (left: FundingRole, right: FundingRole) -> Bool { left.rank < right.rank }
}
