/// The three levels of government that match a club's money.
public enum GovernmentLevel: String, Sendable, CaseIterable, Codable, Comparable {
    case federal
    /// Estatal.
    case state
    /// The municipio: usually also the executing agency.
    case municipal

    public func name(in language: Language) -> String {
        switch self {
        case .federal: return say(language, es: "federal", en: "federal")
        case .state: return say(language, es: "estatal", en: "state")
        case .municipal: return say(language, es: "municipal", en: "municipal")
        }
    }

    var rank: Int { GovernmentLevel.allCases.firstIndex(of: self)! }
    public static func < (left: GovernmentLevel, right: GovernmentLevel) -> Bool { left.rank < right.rank }
}
