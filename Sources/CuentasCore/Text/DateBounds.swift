/// The days a recorded event may carry: not before 2000 (the 3x1 program began in 2002; an earlier date is a typing
/// error such as 0224 for 2024), and not after today (one day of grace for a recorder in a time zone ahead of the
/// server). Checked at the edge, where a person typed the date; the ledger's rules never read the clock.
public struct DateBounds: Sendable {
    public static let earliest = CalendarDate(year: 2000, month: 1, day: 1)!

    public let latest: CalendarDate

    public init(today: CalendarDate) {
        if let tomorrow = CalendarDate(year: today.year, month: today.month, day: today.day + 1) {
            latest = tomorrow
        } else {
            latest = CalendarDate(year: today.year, month: today.month + 1, day: 1) ?? CalendarDate(year: today.year + 1, month: 1, day: 1) ?? today
        }
    }

    public func date(parsing text: String, field: String) throws(InputError) -> CalendarDate {
        let date = try CalendarDate(parsing: text, field: field)
        guard date >= Self.earliest, date <= latest else {
            throw InputError(field: field, value: text, expected: .dateBetween(Self.earliest, latest))
        }
        return date
    }
}
