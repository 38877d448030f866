/// An error a person can act on: it explains itself in either language.
public protocol ExplainedError: Error, CustomStringConvertible {
    func explanation(in language: Language) -> String
}

extension ExplainedError {
    public var description: String { explanation(in: .english) }
}

/// Chooses between the Spanish and the English wording of one message: the one way every target says a thing in
/// the reader's language when it is not in the translation tables (messages, the command line's lines, a word's two
/// forms).
@inline(__always)
public func say<Wording>(_ language: Language, es spanish: Wording, en english: Wording) -> Wording {
    language == .spanish ? spanish : english
}
