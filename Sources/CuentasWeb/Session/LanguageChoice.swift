import CuentasCore
import Foundation

/// Which language a page speaks: the one chosen in the session, else the first of the browser's languages the program
/// has (by the `q` weights of `Accept-Language`), else Spanish.
enum LanguageChoice {
    static func language(chosen: String?, acceptLanguage: String?) -> Language {
        if let chosen, let language = Language(rawValue: chosen) { return language }
        var best: (language: Language, quality: Double)?
        for item in (acceptLanguage ?? "").split(separator: ",") {
            let parts = item.split(separator: ";")
            guard let first = parts.first else { continue }
            let tag = first.trimmingCharacters(in: .whitespaces).lowercased()
            var quality = 1.0
            for parameter in parts.dropFirst() {
                let pieces = parameter.split(separator: "=")
                if pieces.count == 2, pieces[0].trimmingCharacters(in: .whitespaces) == "q" {
                    quality = Double(pieces[1].trimmingCharacters(in: .whitespaces)) ?? 0
                }
            }
            let primary = String(tag.split(separator: "-").first ?? "")
            guard let language = Language(rawValue: primary), quality > 0 else { continue }
            if best == nil || quality > best!.quality { best = (language, quality) }
        }
        return best?.language ?? .spanish
    }

    /// The field of a form's "Read in English" button: the form comes back in that language with what was typed.
    static let switchField = "switch_language"

    /// Keeps the choice in the session (one is started for a visitor not signed in).
    static func choose(_ language: Language, _ context: AppRequestContext, lifetime: Duration) {
        var session = context.session(lifetime: lifetime)
        session.language = language.rawValue
        _ = context.sessions.updateSession(session)
    }

    /// Where the language link leads back to: the app page it was followed from (the path only, so it can never lead
    /// off the site), else the start page.
    static func returnPath(referer: String?) -> String {
        // Percent-encoded as sent: no line break or space can reach the Location header.
        guard let referer, let url = URLComponents(string: referer), url.percentEncodedPath.hasPrefix("/app/"),
            !url.percentEncodedPath.hasPrefix("/app/language"), !url.percentEncodedPath.contains("//")
        else { return "/app" }
        return url.percentEncodedQuery.map { url.percentEncodedPath + "?" + $0 } ?? url.percentEncodedPath
    }
}
