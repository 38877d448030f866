/// When an amount typed into a form deserves a second look before it is recorded: a figure far beyond what this club
/// usually records is more often a slip (12550 typed for 125.50) than a gift. Nothing is refused; the person confirms.
public enum UnusualAmount {
    /// How many of the club's latest donations are compared.
    public static let recentCount = 50
    /// An amount more than this many times the largest of them asks for a second look.
    public static let factor: Int64 = 10

    /// True when `amount` is more than `factor` times `largestRecent`; false when there is nothing to compare with or
    /// the currencies differ.
    public static func needsSecondLook(_ amount: Money, largestRecent: Money?) -> Bool {
        guard let largestRecent, largestRecent.currency == amount.currency, largestRecent.minorUnits > 0 else { return false }
        let (limit, overflow) = largestRecent.minorUnits.multipliedReportingOverflow(by: factor)
        return !overflow && amount.minorUnits > limit
    }
}
