import CuentasCore

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
}
