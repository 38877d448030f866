/// Parses amounts as people write them, exactly, into minor units.
///
/// Accepted in the dot style: "1234.5", "1234.50", "1,234.50", "1,234,567", "$1,234.50". In the comma style the two
/// separators swap. Refused: signs, more decimals than the currency has, group separators not in groups of three,
/// the other style's decimal separator, anything else. Zero is parsed (the caller decides whether it is allowed).
public enum AmountParser {
    public static func minorUnits(
        _ text: String, currency: CurrencyCode, style: NumberStyle
    ) throws(AmountParseError) -> Int64 {
        var body = Substring(text.trimmingSpaces())
        if body.first == "$" { body = body.dropFirst() }
        guard !body.isEmpty else { throw AmountParseError(text: text, reason: .empty) }
        if body.first == "-" || body.first == "+" || body.first == "(" {
            throw AmountParseError(text: text, reason: .signed)
        }
        let decimal = style.decimalSeparator
        let group = style.groupSeparator
        for character in body where !(character.isASCII && character.isNumber) && character != decimal && character != group {
            throw AmountParseError(text: text, reason: .notANumber)
        }
        let parts = body.split(separator: decimal, omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw AmountParseError(text: text, reason: .otherStyle) }
        let integerPart = parts[0]
        let fractionPart = parts.count == 2 ? parts[1] : ""
        if fractionPart.contains(group) { throw AmountParseError(text: text, reason: .otherStyle) }
        if parts.count == 2 && fractionPart.isEmpty { throw AmountParseError(text: text, reason: .notANumber) }
        guard !integerPart.isEmpty else { throw AmountParseError(text: text, reason: .notANumber) }
        let groups = integerPart.split(separator: group, omittingEmptySubsequences: false)
        if groups.count > 1 {
            let wellGrouped = (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
            guard wellGrouped else {
                // "1,5" in the dot style or "1.5" in the comma style is a decimal in the other style.
                let looksLikeOtherStyle = groups.count == 2 && parts.count == 1
                throw AmountParseError(text: text, reason: looksLikeOtherStyle ? .otherStyle : .badGrouping)
            }
        }
        guard fractionPart.count <= currency.minorDigits else {
            throw AmountParseError(text: text, reason: .tooManyDecimals)
        }
        let digits = groups.joined()
        guard digits.count <= 15 else { throw AmountParseError(text: text, reason: .tooLarge) }
        let paddedFraction = fractionPart + String(repeating: "0", count: currency.minorDigits - fractionPart.count)
        guard let value = Int64(digits + paddedFraction) else { throw AmountParseError(text: text, reason: .notANumber) }
        guard value <= Money.maximumInputMinorUnits else { throw AmountParseError(text: text, reason: .tooLarge) }
        return value
    }

    /// Parses a positive amount (greater than zero) of the given currency.
    public static func positiveMoney(
        _ text: String, currency: CurrencyCode, style: NumberStyle, field: String
    ) throws(InputError) -> Money {
        let minor: Int64
        do {
            minor = try minorUnits(text, currency: currency, style: style)
        } catch {
            throw InputError(field: field, value: text, expected: .amount(error.reason, currency: currency.code, style: style))
        }
        guard minor > 0 else { throw InputError(field: field, value: text, expected: .positiveAmount) }
        return Money(minorUnits: minor, currency: currency)
    }

    /// Parses an amount that may be zero (a transfer fee, for example).
    public static func money(
        _ text: String, currency: CurrencyCode, style: NumberStyle, field: String
    ) throws(InputError) -> Money {
        do {
            return Money(minorUnits: try minorUnits(text, currency: currency, style: style), currency: currency)
        } catch {
            throw InputError(field: field, value: text, expected: .amount(error.reason, currency: currency.code, style: style))
        }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
