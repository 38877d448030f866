import CuentasCore

/// The web app's pages: the same template library, escaping and translation tables as the statements, with the
/// templates of `html/app/`. The web layer builds each page's values; this only turns them into HTML.
extension HTMLRenderer {
    /// One page of the web app: `template` ("app-form", say) inside the app's layout.
    public func appPage(_ template: String, title: String, language: Language, _ body: [String: Any]) -> String {
        precondition(template.hasPrefix("app-"), "\(template) is not a web app template")
        let chrome: [String: Any] = [
            "lang": language.rawValue, "otherLang": Language.allCases.first { $0 != language }!.rawValue, "pageTitle": title,
        ]
        var context = Self.merged(Self.pruned(body), Self.pruned(chrome))
        context["t"] = templateTranslations[language]!
        context["content"] = .text(renderPruned(template, .object(context)))
        return renderPruned("app-layout", .object(context))
    }

    /// The translation table of a language, for texts the web layer puts together itself.
    public func translation(_ language: Language) -> Translation { translations[language]! }

    /// The inline stylesheets pages carry, exactly as rendered: the statements' and the web app's. A strict
    /// Content-Security-Policy allows these by their SHA-256 and nothing else.
    public var inlineStylesheets: [String] {
        [render("style", [:]), render("app-stylesheet", [:]), render("receipt-style", [:]), render("receipt-page-style", [:])]
    }
}
