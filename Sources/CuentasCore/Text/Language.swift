/// The languages the program speaks: Spanish first (the migrants' and officials' language), English second.
public enum Language: String, Sendable, CaseIterable, Codable {
    case spanish = "es"
    case english = "en"

    /// Picks the language from a POSIX locale value such as `es_MX.UTF-8`; English when it is not Spanish.
    public static func fromLocale(_ value: String?) -> Language {
        guard let value, value.lowercased().hasPrefix("es") else { return .english }
        return .spanish
    }
}
