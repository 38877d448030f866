import Foundation

/// A calendar day (no time, no time zone): the date on a bank slip, an invoice or the minutes of a session.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Four bytes instead of three whole numbers: a national ledger holds over a million dates in memory.
    private let storedYear: Int16
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month),
            (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        storedYear = Int16(year)
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    /// Parses ISO 8601 "YYYY-MM-DD" only, and refuses days that do not exist (2025-02-30).
    public init(parsing text: String, field: String) throws(InputError) {
        if let date = Self.plainISO(text) {
            self = date
            return
        }
        let trimmed = text.trimmingSpaces()
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = PlainNumber.parse(parts[0]).map(Int.init), let month = PlainNumber.parse(parts[1]).map(Int.init),
            let day = PlainNumber.parse(parts[2]).map(Int.init),
            let date = CalendarDate(year: year, month: month, day: day)
        else { throw InputError(field: field, value: text, expected: .date) }
        self = date
    }

    /// YYYY-MM-DD with nothing around it, read byte by byte: how every stored date is written, and read a million times
    /// when a national ledger is replayed. Nil for anything else, which the general reading then handles.
    private static func plainISO(_ text: String) -> CalendarDate? {
        var utf8 = text
        return utf8.withUTF8 { bytes -> CalendarDate? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - 48
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            return CalendarDate(year: year, month: month, day: day)
        }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Whole days from `earlier` to this date (negative when `earlier` is later).
    public func days(since earlier: CalendarDate) -> Int { dayNumber - earlier.dayNumber }

    public var isoText: String {
        let monthText = month < 10 ? "0\(month)" : "\(month)"
        let dayText = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(monthText)-\(dayText)"
    }

    public var description: String { isoText }

    public static func < (left: CalendarDate, right: CalendarDate) -> Bool {
        (left.storedYear, left.storedMonth, left.storedDay) < (right.storedYear, right.storedMonth, right.storedDay)
    }

    private static let spanishMonths = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
    private static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "5 mar 2024" in Spanish, "Mar 5, 2024" in English: month names, so 03/05 cannot be misread.
    public func formatted(in language: Language) -> String {
        switch language {
        case .spanish: return "\(day) \(CalendarDate.spanishMonths[month - 1]) \(year)"
        case .english: return "\(CalendarDate.englishMonths[month - 1]) \(day), \(year)"
        }
    }
}

extension CalendarDate {
    /// Today in the machine's local time zone: the day a person at the keyboard or the form means by "today".
    public static func today() -> CalendarDate {
        let components = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: components.year!, month: components.month!, day: components.day!)!
    }
}
