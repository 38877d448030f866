import CuentasCore

extension HTMLRenderer {
    /// The words an accountant uses, each with its anchor (`glossary.html#financial`), as pages link to them.
    public static let glossaryTerms = [
        "physical", "financial", "outstanding", "balance", "remaining", "line", "committed", "scheme", "exchange", "corridor", "toma",
        "reversal", "folio", "signature",
    ]

    /// The glossary of one language: each technical word in plain language.
    public func glossary(asOf: CalendarDate, language: Language) -> String {
        let t = translations[language]!
        let terms = Self.glossaryTerms.map { ["anchor": $0, "term": t["glossary.\($0)"], "meaning": t["glossary.\($0)-means"]] }
        return page(
            "glossary", path: SitePath.glossary(language), title: t["glossary.title"], language: language, asOf: asOf, xmlPath: nil,
            ["terms": terms])
    }

    /// A link to a word of the glossary from the page at `path`.
    func glossaryHref(_ term: String, from path: String, _ language: Language) -> String {
        precondition(Self.glossaryTerms.contains(term), "no glossary entry \(term)")
        return SitePath.relative(SitePath.glossary(language), from: path) + "#" + term
    }
}
