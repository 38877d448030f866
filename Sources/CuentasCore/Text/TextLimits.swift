import Foundation

/// Limits on every text field (in characters). A longer value is refused with a message naming the field.
public enum TextLimits {
    public static let identifierCharacters = 40
    public static let nameCharacters = 200
    public static let titleCharacters = 300
    public static let descriptionCharacters = 5_000
    public static let noteCharacters = 2_000
    public static let referenceCharacters = 100

    /// Checks a required text field: trimmed, not empty, not longer than `maximumCharacters`, no control characters
    /// other than newlines in long texts.
    public static func validated(
        _ value: String, field: String, maximumCharacters: Int, allowsEmpty: Bool = false, allowsNewlines: Bool = false
    ) throws(InputError) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty && !allowsEmpty { throw InputError(field: field, value: value, expected: .nonEmptyText) }
        if trimmed.count > maximumCharacters {
            throw InputError(field: field, value: String(trimmed.prefix(40)) + "…", expected: .textOfAtMost(maximumCharacters))
        }
        for scalar in trimmed.unicodeScalars where scalar.properties.generalCategory == .control {
            if allowsNewlines && (scalar == "\n" || scalar == "\r" || scalar == "\t") { continue }
            throw InputError(field: field, value: value, expected: .textWithoutControlCharacters)
        }
        return trimmed
    }
}
