/// What sending money home cost with one provider (a bank, a remittance company): fees and exchange margin over what
/// was sent through it. The empty provider stands for transfers recorded in one step, which name none.
public struct ProviderCost: Hashable, Sendable {
    public let provider: String
    public let cost: RemittanceCost

    public init(provider: String, cost: RemittanceCost) {
        self.provider = provider
        self.cost = cost
    }
}
