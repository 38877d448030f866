/// A project's budget moved between its lines by the committee (re-programming, as in Mexico's public accounts:
/// approved, modified, paid): the lines named get new amounts from `effectiveOn`, the approved total stays, unless
/// `newCost` changes it (a new approval of the cost: the scheme's pledges are recorded again for it, see
/// `CostChange`). Recorded beside the project, never an edit of its budget; every earlier budget stays readable.
public struct BudgetReprogramming: Hashable, Sendable {
    public struct LineChange: Hashable, Sendable {
        public let number: Int
        public let amount: Money

        public init(number: Int, amount: Money) {
            precondition(amount.minorUnits >= 0, "a line's modified amount is not negative")
            self.number = number
            self.amount = amount
        }
    }

    public let folio: Folio
    public let effectiveOn: CalendarDate
    /// The lines changed, by number; the others keep their amounts.
    public let lines: [LineChange]
    /// The committee's minutes that decided it.
    public let minutes: String
    public let reason: String
    public let recordedBy: String
    /// The project's new approved cost; nil when the total stays.
    public let newCost: Money?

    public init(
        folio: Folio, effectiveOn: CalendarDate, lines: [LineChange], minutes: String, reason: String, recordedBy: String,
        newCost: Money? = nil
    ) {
        precondition(!lines.isEmpty, "a re-programming changes at least one line")
        precondition(newCost.map(\.isPositive) ?? true, "an approved cost is positive")
        self.newCost = newCost
        self.folio = folio
        self.effectiveOn = effectiveOn
        self.lines = lines
        self.minutes = minutes
        self.reason = reason
        self.recordedBy = recordedBy
    }
}

extension BudgetReprogramming {
    /// Whether this is more lines of `other`: the same project, date, minutes, reason and recorder (rows of a file or
    /// fields of a form that make one re-programming).
    public func isPart(of other: BudgetReprogramming) -> Bool {
        folio == other.folio && effectiveOn == other.effectiveOn && minutes == other.minutes && reason == other.reason
            && recordedBy == other.recordedBy && newCost == other.newCost
    }
}

extension BudgetReprogramming.LineChange {
    /// A line change as a person writes it: the line's number, '=', its new amount ("2=150000.00").
    public init(parsing text: String, currency: CurrencyCode, style: NumberStyle, field: String) throws(InputError) {
        let parts = text.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces() }
        guard parts.count == 2, let number = Int(parts[0]), number > 0, number < 1_000 else {
            throw InputError(field: field, value: text, expected: .oneOf(["N=AMOUNT, e.g. 2=150000.00"]))
        }
        self.init(number: number, amount: try AmountParser.money(parts[1], currency: currency, style: style, field: "\(field) \(number)"))
    }
}
