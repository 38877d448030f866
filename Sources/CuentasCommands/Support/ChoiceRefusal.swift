import ArgumentParser
import CuentasCore
import Foundation

/// The parser's refusal of a value outside an option's choices, said in the person's language: the parser writes it in
/// English ("The value 'x' is invalid for '--level <level>'. Please provide one of 'federal', 'state' and
/// 'municipal'."), before any command has read `--lang`.
enum ChoiceRefusal {
    static func message(_ english: String, arguments: [String]) -> String? {
        // A few choices on one line ("one of 'a', 'b' or 'c'."), more as a list ("one of the following:\n  - a\n  - b").
        guard let match = english.firstMatch(of: /The value '(.*)' is invalid for '(-[^ ']+)[^']*'\. Please provide one of ([^\n]*)/) else {
            return nil
        }
        let listed = english.split(separator: "\n").filter { $0.hasPrefix("  - ") }.map { $0.dropFirst(4) }
        let choices =
            listed.isEmpty
            ? String(match.3).replacingOccurrences(of: "'", with: "").replacingOccurrences(of: " and ", with: ", ")
                .replacingOccurrences(of: " or ", with: ", ").trimmingCharacters(in: CharacterSet(charactersIn: ". "))
            : listed.joined(separator: ", ")
        let value = String(match.1), option = String(match.2)
        return say(
            language(arguments), es: "\(option): \"\(value)\" no es válido; se espera uno de: \(choices)",
            en: "\(option): \"\(value)\" is not valid; expected one of: \(choices)")
    }

    /// `--lang` as given on the line, else the environment's, as `GlobalOptions.language` chooses.
    static func language(_ arguments: [String]) -> Language {
        if let index = arguments.firstIndex(of: "--lang"), index + 1 < arguments.count,
            let language = Language(rawValue: arguments[index + 1])
        {
            return language
        }
        if let given = arguments.first(where: { $0.hasPrefix("--lang=") }), let language = Language(rawValue: String(given.dropFirst(7))) {
            return language
        }
        let environment = ProcessInfo.processInfo.environment
        return Language.fromLocale(environment["LC_ALL"] ?? environment["LC_MESSAGES"] ?? environment["LANG"])
    }
}
