/// An error a person can act on: it explains itself in either language.
public protocol ExplainedError: Error, CustomStringConvertible {
    func explanation(in language: Language) -> String
}

extension ExplainedError {
    public var description: String { explanation(in: .english) }
}

/// Chooses between the Spanish and the English wording of one message.
@inline(__always)
func say(_ language: Language, es spanish: String, en english: String) -> String {
    language == .spanish ? spanish : english
}
