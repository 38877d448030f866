import CuentasCore

/// What the diaspora brought home beyond remittances to families, for one scope (the country, a state of origin, a
/// federation, a club), by year: what the clubs raised and sent, what sending cost beside the corridor's average,
/// what their projects received from them and from governments (and so the government money per club peso), and
/// their projects by kind and status. Read from `ClubContributionYear`, one value per club and year: a scope is the
/// sum of its clubs, so the country equals its states, and each state its federations and clubs, to the centavo.
public struct DiasporaContribution: Hashable, Sendable {
    public enum Scope: Hashable, Sendable {
        case country
        /// A federation's state of origin, as the catalogue spells it; "" for clubs in no federation.
        case stateOfOrigin(String)
        case federation(PartyID)
        /// The clubs of a state of origin (as named) that belong to no federation.
        case noFederation(String)
        case club(PartyID)
    }

    public struct Year: Hashable, Sendable {
        public let year: Int
        public let figures: ClubContributionYear
        /// The corridor's average cost that year (the mean of its quarters, `quarter` then names the year), or else the
        /// latest quarter before it; nil when the scope's clubs send along more than one corridor or no price covers it.
        public let corridorAverage: CorridorPrice?

    }

    public struct Count<Key: Hashable & Sendable>: Hashable, Sendable {
        public let key: Key
        public let count: Int
    }

    public struct Reference: Hashable, Sendable {
        public let scope: Scope
        public let name: String
    }

    /// A scope one level down, with its totals.
    public struct Part: Hashable, Sendable {
        public let scope: Scope
        public let name: String
        public let total: ClubContributionYear
    }

    public let scope: Scope
    public let name: String
    /// The scope one level up (a club's federation, a federation's state, a state's country); nil for the country.
    public let up: Reference?
    public let asOf: CalendarDate
    public let years: [Year]
    /// Every year added up.
    public let total: ClubContributionYear
    public let projectsByKind: [Count<ProjectKind>]
    public let projectsByStatus: [Count<ProjectStatus>]
    /// The states of the country, the federations of a state, the clubs of a federation; empty for a club.
    public let parts: [Part]

    /// Government money per peso of club money the works received, in hundredths (300: three pesos); nil when either is
    /// in more than one currency, or the clubs delivered nothing.
    public static func hundredths(_ part: MoneyByCurrency, per whole: MoneyByCurrency) -> Int64? {
        guard whole.totals.count == 1, part.totals.count <= 1, let base = whole.sorted.first, base.isPositive else { return nil }
        let value = part.sorted.first
        guard value == nil || value?.currency == base.currency else { return nil }
        return Int64(clamping: (value?.minorUnits ?? 0) * 100 / base.minorUnits)
    }
}
