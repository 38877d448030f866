/// A text written in both languages, such as a project title.
public struct LocalizedText: Hashable, Sendable, Codable {
    public let spanish: String
    public let english: String

    public init(spanish: String, english: String) {
        self.spanish = spanish
        self.english = english
    }

    public func text(in language: Language) -> String {
        switch language {
        case .spanish: return spanish
        case .english: return english
        }
    }

    enum CodingKeys: String, CodingKey {
        case spanish = "es"
        case english = "en"
    }
}
