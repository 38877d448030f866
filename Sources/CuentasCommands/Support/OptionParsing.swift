import CuentasCore

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
}
