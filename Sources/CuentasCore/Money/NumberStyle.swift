/// How a person writes a decimal number. The style is always chosen explicitly (an option or a column setting),
/// never guessed: "1.234" means one thousand two hundred thirty-four in one style and one point two three four in the
/// other.
public enum NumberStyle: String, Sendable, CaseIterable, Codable {
    /// "1,234.50": Mexico and the United States (the default).
    case dotDecimal = "dot"
    /// "1.234,50": Spain and much of Latin America.
    case commaDecimal = "comma"

    var decimalSeparator: Character { self == .dotDecimal ? "." : "," }
    var groupSeparator: Character { self == .dotDecimal ? "," : "." }
}
