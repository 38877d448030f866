import CuentasCore
import Testing

@Suite struct CalendarDateTests {
    @Test(arguments: [
        "2025-02-30", "30/02/2025", "", "2025-13-01", "2025-1-5", "2023-02-29", "2025-04-31", "20250101", "2025-00-10",
        "2025-01-00", "2025/01/10", "2025-0a-10", "+025-01-10", "2025-01-1 ", "1899-12-31",
    ])
    func refusesDatesThatDoNotExistOrAreNotISO(text: String) {
        #expect(throws: InputError.self) { try CalendarDate(parsing: text, field: "date") }
    }

    @Test func readsAPlainDateByteByByteAndASpacedOneTheGeneralWay() throws {
        #expect(try CalendarDate(parsing: "2025-12-31", field: "d") == CalendarDate(year: 2025, month: 12, day: 31))
        #expect(try CalendarDate(parsing: " 2025-12-31 ", field: "d") == CalendarDate(year: 2025, month: 12, day: 31))
        #expect(try CalendarDate(parsing: "1900-01-01", field: "d").isoText == "1900-01-01")
    }

    @Test func acceptsALeapDay() throws {
        let date = try CalendarDate(parsing: "2024-02-29", field: "date")
        #expect(date.isoText == "2024-02-29")
    }

    @Test func countsDaysAcrossYearsAndLeapDays() throws {
        let pledge = try CalendarDate(parsing: "2024-04-22", field: "date")
        let today = try CalendarDate(parsing: "2026-11-23", field: "date")
        #expect(today.days(since: pledge) == 945)
        #expect(try CalendarDate(parsing: "1970-01-01", field: "d").dayNumber == 0)
        #expect(try CalendarDate(parsing: "2024-03-01", field: "d").days(since: CalendarDate(parsing: "2024-02-28", field: "d")) == 2)
    }

    @Test func formatsWithMonthNames() throws {
        let date = try CalendarDate(parsing: "2024-03-05", field: "date")
        #expect(date.formatted(in: .spanish) == "5 mar 2024")
        #expect(date.formatted(in: .english) == "Mar 5, 2024")
    }
}
