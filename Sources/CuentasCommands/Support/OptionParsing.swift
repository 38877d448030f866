import CuentasCore
import Foundation

/// Checked conversions of option values, each naming its option when it fails.
enum OptionParsing {
    static func identifier<Kind>(_ text: String, _ option: String) throws(InputError) -> Identifier<Kind> {
        try Identifier(text, field: option)
    }

    static func date(_ text: String, _ option: String) throws(InputError) -> CalendarDate {
        try CalendarDate(parsing: text, field: option)
    }

    static func text(_ text: String, _ option: String, maximum: Int = TextLimits.nameCharacters) throws(InputError) -> String {
        try TextLimits.validated(text, field: option, maximumCharacters: maximum)
    }

    static func optionalText(_ text: String?, _ option: String, maximum: Int = TextLimits.nameCharacters) throws(InputError) -> String? {
        guard let text else { return nil }
        return try TextLimits.validated(text, field: option, maximumCharacters: maximum)
    }

    /// Who records something: `--by` when given, else $CUENTAS_USER, else $USER. Every command that records names its
    /// recorder this way.
    static func recorder(_ by: String?) throws(InputError) -> String {
        let environment = ProcessInfo.processInfo.environment
        let name = by ?? environment["CUENTAS_USER"] ?? environment["USER"] ?? "unknown"
        return try TextLimits.validated(name, field: "--by", maximumCharacters: TextLimits.nameCharacters)
    }

    /// The day something happened or takes effect, typed now: within `CommandContext.dateBounds()` (not in the future,
    /// not before the earliest date); today when not given.
    static func eventDate(_ text: String?, _ option: String) throws(InputError) -> CalendarDate {
        guard let text else { return CommandContext.today }
        return try CommandContext.dateBounds().date(parsing: text, field: option)
    }

    /// Any day (the date figures are computed at, or one a contact holds from); today when not given.
    static func dateOrToday(_ text: String?, _ option: String) throws(InputError) -> CalendarDate {
        guard let text else { return CommandContext.today }
        return try date(text, option)
    }
}
