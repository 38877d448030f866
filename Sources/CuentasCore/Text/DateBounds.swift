/// The days a recorded event may carry: not before 2000 by default (the 3x1 program began in 2002; an earlier date is
/// a typing error such as 0224 for 2024; a program that records older history sets its own earliest day,
/// `CUENTAS_EARLIEST_DATE`), and not after today (one day of grace for a recorder in a time zone ahead of the server).
/// Checked at the edge, where a person typed the date; the ledger's rules never read the clock.
public struct DateBounds: Sendable {
    public static let defaultEarliest = CalendarDate(year: 2000, month: 1, day: 1)!

    public let earliest: CalendarDate
    public let latest: CalendarDate

    public init(today: CalendarDate, earliest: CalendarDate = DateBounds.defaultEarliest) {
        self.earliest = earliest
        if let tomorrow = CalendarDate(year: today.year, month: today.month, day: today.day + 1) {
            latest = tomorrow
        } else {
            latest =
                CalendarDate(year: today.year, month: today.month + 1, day: 1) ?? CalendarDate(year: today.year + 1, month: 1, day: 1)
                ?? today
        }
    }

    public func date(parsing text: String, field: String) throws(InputError) -> CalendarDate {
        let date = try CalendarDate(parsing: text, field: field)
        guard date >= earliest, date <= latest else {
            throw InputError(field: field, value: text, expected: .dateBetween(earliest, latest))
        }
        return date
    }
}
