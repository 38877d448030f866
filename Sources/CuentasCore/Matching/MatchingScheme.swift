import Foundation

/// A matching rule (3x1, 2x1, productive projects…): how the cost of a project is shared between the migrants and the
/// government levels. Schemes are data, read from JSON files (format in SampleData/README.md), because the rules
/// change by program and by year.
public struct MatchingScheme: Hashable, Sendable {
    public let id: SchemeID
    public let name: LocalizedText
    public let description: LocalizedText
    public let currency: CurrencyCode
    public let shares: [SchemeShare]
    /// Roles whose parts may be re-split at approval by agreement, keeping their total (state and municipal in the
    /// later infrastructure rules).
    public let splitByAgreement: [FundingRole]
    /// Who pays what a capped role no longer pays, in proportion to their parts (equally if they have none).
    public let capExcessCoveredBy: [FundingRole]

    public init(
        id: SchemeID, name: LocalizedText, description: LocalizedText, currency: CurrencyCode, shares: [SchemeShare],
        splitByAgreement: [FundingRole], capExcessCoveredBy: [FundingRole]
    ) throws(SchemeError) {
        guard !shares.isEmpty else { throw SchemeError.noShares }
        guard Set(shares.map(\.role)).count == shares.count else { throw SchemeError.repeatedRole }
        for share in shares {
            guard (0...10_000).contains(share.parts) else { throw SchemeError.partsOutOfRange(share.role) }
            if let cap = share.cap {
                guard cap.currency == currency, cap.isPositive else { throw SchemeError.badCap(share.role) }
            }
        }
        guard shares.contains(where: { $0.parts > 0 }) else { throw SchemeError.noShares }
        let roles = Set(shares.map(\.role))
        for role in splitByAgreement + capExcessCoveredBy where !roles.contains(role) {
            throw SchemeError.unknownRole(role)
        }
        let capped = shares.filter { $0.cap != nil }.map(\.role)
        if !capped.isEmpty {
            guard !capExcessCoveredBy.isEmpty else { throw SchemeError.capWithoutCoverage }
            for role in capExcessCoveredBy where capped.contains(role) { throw SchemeError.coveringRoleIsCapped(role) }
        }
        self.id = id
        self.name = name
        self.description = description
        self.currency = currency
        self.shares = shares
        self.splitByAgreement = splitByAgreement
        self.capExcessCoveredBy = capExcessCoveredBy
    }

    public func share(for role: FundingRole) -> SchemeShare? { shares.first { $0.role == role } }

    /// Gives each role its commitment for a project of the given cost.
    ///
    /// - Parameter agreedParts: new parts for the roles in `splitByAgreement` (all of them, same total), or empty.
    public func allocate(cost: Money, agreedParts: [FundingRole: Int64] = [:]) throws(MatchingError) -> MatchingAllocation {
        guard cost.isPositive else { throw MatchingError.costNotPositive }
        guard cost.currency == currency else { throw MatchingError.currencyDiffers(scheme: currency, cost: cost.currency) }
        var parts = shares.map(\.parts)
        if !agreedParts.isEmpty {
            guard Set(agreedParts.keys) == Set(splitByAgreement), !splitByAgreement.isEmpty else {
                throw MatchingError.agreementRolesDiffer(expected: splitByAgreement)
            }
            let schemeTotal = splitByAgreement.reduce(Int64(0)) { $0 + (share(for: $1)?.parts ?? 0) }
            let agreedTotal = agreedParts.values.reduce(0, +)
            guard agreedParts.values.allSatisfy({ $0 >= 0 }), agreedTotal == schemeTotal else {
                throw MatchingError.agreementTotalDiffers(expected: schemeTotal, given: agreedTotal)
            }
            for (index, share) in shares.enumerated() where agreedParts[share.role] != nil {
                parts[index] = agreedParts[share.role]!
            }
        }
        var amounts = Apportionment.split(cost.minorUnits, weights: parts)
        var bindings: [CapBinding] = []
        for (index, share) in shares.enumerated() {
            guard let cap = share.cap, amounts[index] > cap.minorUnits else { continue }
            bindings.append(
                CapBinding(role: share.role, cap: cap, excess: Money(minorUnits: amounts[index] - cap.minorUnits, currency: currency)))
            amounts[index] = cap.minorUnits
        }
        let excessTotal = bindings.reduce(Int64(0)) { $0 + $1.excess.minorUnits }
        if excessTotal > 0 {
            let coveringIndexes = capExcessCoveredBy.map { role in shares.firstIndex { $0.role == role }! }
            var weights = coveringIndexes.map { parts[$0] }
            if weights.allSatisfy({ $0 == 0 }) { weights = weights.map { _ in 1 } }
            for (position, extra) in Apportionment.split(excessTotal, weights: weights).enumerated() {
                amounts[coveringIndexes[position]] += extra
            }
        }
        let commitments = shares.enumerated().map { index, share in
            RoleCommitment(role: share.role, parts: parts[index], amount: Money(minorUnits: amounts[index], currency: currency))
        }
        let allocation = MatchingAllocation(schemeID: id, cost: cost, commitments: commitments, capBindings: bindings)
        assert(allocation.total == cost, "scheme \(id) lost money")
        return allocation
    }
}

/// A role's amount under a scheme, for one project.
public struct RoleCommitment: Hashable, Sendable {
    public let role: FundingRole
    public let parts: Int64
    public let amount: Money
}

/// A cap that bound: the role would have paid `excess` more; the scheme's covering roles pay it instead.
public struct CapBinding: Hashable, Sendable {
    public let role: FundingRole
    public let cap: Money
    public let excess: Money

    public init(role: FundingRole, cap: Money, excess: Money) {
        self.role = role
        self.cap = cap
        self.excess = excess
    }
}

/// The result of applying a scheme to a cost: each role's commitment. They add up to the cost exactly.
public struct MatchingAllocation: Hashable, Sendable {
    public let schemeID: SchemeID
    public let cost: Money
    public let commitments: [RoleCommitment]
    public let capBindings: [CapBinding]

    public var total: Money { commitments.reduce(Money.zero(cost.currency)) { $0 + $1.amount } }
    public var capBound: Bool { !capBindings.isEmpty }

    public func amount(for role: FundingRole) -> Money {
        commitments.first { $0.role == role }?.amount ?? .zero(cost.currency)
    }
}
