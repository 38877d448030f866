import Foundation
import CuentasCore

/// One row of an import file, with typed, checked access to its fields. Every failure names the line and column.
struct ImportRow {
    let line: Int
    let fields: [String]
    let indexes: [String: Int]

    func raw(_ column: String) -> String? {
        guard let index = indexes[column] else { return nil }
        let field = fields[index]
        // Most fields start and end with an ASCII character that is not a space or a tab: nothing to trim, and trimming
        // is costly on a million rows. Anything else (a space, a non-ASCII character that may be one) is trimmed.
        if let first = field.utf8.first, let last = field.utf8.last, first < 0x80, last < 0x80,
            first != 0x20, first != 0x09, last != 0x20, last != 0x09
        {
            return field
        }
        return field.trimmingCharacters(in: .whitespaces)
    }

    func fail(_ column: String, _ error: InputError) -> ImportError {
        ImportError(line: line, column: column, value: raw(column), problem: .invalid(error))
    }

    func violation(_ column: String, _ violation: LedgerViolation) -> ImportError {
        ImportError(line: line, column: column, value: raw(column), problem: .violation(violation))
    }

    func text(_ column: String, maximumCharacters: Int, allowsNewlines: Bool = false) throws(ImportError) -> String {
        do {
            return try TextLimits.validated(
                raw(column) ?? "", field: column, maximumCharacters: maximumCharacters, allowsNewlines: allowsNewlines)
        } catch { throw fail(column, error) }
    }

    func optionalText(_ column: String, maximumCharacters: Int, allowsNewlines: Bool = false) throws(ImportError) -> String? {
        guard let value = raw(column), !value.isEmpty else { return nil }
        return try text(column, maximumCharacters: maximumCharacters, allowsNewlines: allowsNewlines)
    }

    /// A code of the kind the caller expects (a folio, a party's code).
    func identifier<Kind>(_ column: String) throws(ImportError) -> Identifier<Kind> {
        do { return try Identifier(raw(column) ?? "", field: column) } catch { throw fail(column, error) }
    }

    func optionalIdentifier<Kind>(_ column: String) throws(ImportError) -> Identifier<Kind>? {
        guard let value = raw(column), !value.isEmpty else { return nil }
        return try identifier(column)
    }

    func date(_ column: String) throws(ImportError) -> CalendarDate {
        do { return try CalendarDate(parsing: raw(column) ?? "", field: column) } catch { throw fail(column, error) }
    }

    /// The day something happened: a real date within `bounds` (not before 2000, not after today).
    func eventDate(_ column: String, within bounds: DateBounds) throws(ImportError) -> CalendarDate {
        do { return try bounds.date(parsing: raw(column) ?? "", field: column) } catch { throw fail(column, error) }
    }

    func currency(_ column: String) throws(ImportError) -> CurrencyCode {
        do { return try CurrencyCode(raw(column) ?? "") } catch {
            throw fail(column, InputError(field: column, value: error.value, expected: error.expected))
        }
    }

    func positiveMoney(_ column: String, currency: CurrencyCode, style: NumberStyle) throws(ImportError) -> Money {
        do {
            return try AmountParser.positiveMoney(raw(column) ?? "", currency: currency, style: style, field: column)
        } catch { throw fail(column, error) }
    }

    func money(_ column: String, currency: CurrencyCode, style: NumberStyle) throws(ImportError) -> Money {
        do { return try AmountParser.money(raw(column) ?? "", currency: currency, style: style, field: column) } catch {
            throw fail(column, error)
        }
    }

    func exchangeRate(_ column: String) throws(ImportError) -> ExchangeRate {
        do { return try ExchangeRate(parsing: raw(column) ?? "", field: column) } catch { throw fail(column, error) }
    }

    func optionalExchangeRate(_ column: String) throws(ImportError) -> ExchangeRate? {
        guard let value = raw(column), !value.isEmpty else { return nil }
        return try exchangeRate(column)
    }

    func wholeNumber(_ column: String) throws(ImportError) -> Int64 {
        guard let text = raw(column), let value = PlainNumber.parse(text), value > 0, value < 1_000_000_000 else {
            throw fail(column, InputError(field: column, value: raw(column) ?? "", expected: .wholeNumber))
        }
        return value
    }

    func optionalWholeNumber(_ column: String) throws(ImportError) -> Int64? {
        guard let value = raw(column), !value.isEmpty else { return nil }
        return try wholeNumber(column)
    }

    func invoiceUUID(_ column: String) throws(ImportError) -> String {
        do { return try InvoiceUUID.validated(raw(column) ?? "", field: column) } catch { throw fail(column, error) }
    }

    func taxID(_ column: String) throws(ImportError) -> String {
        do { return try TaxID.validated(raw(column) ?? "", field: column) } catch { throw fail(column, error) }
    }
}
