import CuentasCore

extension SitePath {
    /// A statement's page in one language.
    public static func page(of subject: StatementSubject, _ language: Language) -> String {
        switch subject {
        case .project(let folio): return project(folio, language)
        case .club(let id): return club(id, language)
        case .municipality(let id): return municipality(id, language)
        }
    }

    /// A statement's XML document.
    public static func xml(of subject: StatementSubject) -> String {
        switch subject {
        case .project(let folio): return projectXML(folio)
        case .club(let id): return clubXML(id)
        case .municipality(let id): return municipalityXML(id)
        }
    }

    /// Every file a statement writes: its page in each language and its XML document; a club and a municipality also
    /// their feed in every language, and a club its page of the diaspora's contribution. A re-publish renders a
    /// statement again when one of these is missing.
    public static func files(of subject: StatementSubject) -> [String] {
        let pages = Language.allCases.map { page(of: subject, $0) } + [xml(of: subject)]
        switch subject {
        case .project: return pages
        case .club(let id): return pages + Language.allCases.flatMap { [clubFeed(id, $0), contribution(.club(id), $0)] }
        case .municipality(let id): return pages + Language.allCases.map { municipalityFeed(id, $0) }
        }
    }
}
