import CuentasCore
import CuentasPublishing
import CuentasRender
import CuentasStatements
import CuentasStore
import Hummingbird

/// Statements as of this moment, before anything is published: the same pages as the site, computed from the ledger
/// now, under /app/live/ with the site's own layout so their links between each other work. Each person sees only
/// what is theirs: a treasurer their club and its projects, an official their municipality and its projects, an
/// auditor everything.
struct LiveStatementController {
    let services: AppServices
    /// Live statements as rendered, while what they show is unchanged.
    let kept = LiveStatementCache()

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("live/{lang}/index.html") { request, context in
            let user = try context.user
            guard let language = Language(rawValue: context.parameters.get("lang") ?? "") else { throw PageRefusal.notFound }
            // Scoped like the pages it would link to, and bounded: a treasurer's index is their club's statement, an
            // official's their municipality's; an auditor goes by municipality, a page at a time (`/app`).
            switch user.role {
            case .treasurer: return Response.redirect(to: "/app/live/\(language.rawValue)/clubs/\(user.clubID!.text).html")
            case .official: return Response.redirect(to: "/app/live/\(language.rawValue)/municipalities/\(user.municipalityID!.text).html")
            case .auditor, .admin, .committee: return Response.redirect(to: "/app")
            }
        }
        routes.get("live/{lang}/{section}/{file}") { request, context in
            let user = try context.user
            guard let language = Language(rawValue: context.parameters.get("lang") ?? ""),
                let file = context.parameters.get("file"), file.hasSuffix(".html"),
                let subject = Self.subject(context.parameters.get("section") ?? "", String(file.dropLast(".html".count)))
            else { throw PageRefusal.notFound }
            let page = try await services.work.run { try statement(subject, language: language, for: user) }
            return Response(
                status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: page)))
        }
        return routes
    }

    /// The statement's page, from only the part of the ledger it shows, rendered again only when that part changed.
    /// The statement a live page's address names: its site folder and its file's name; nil for any other address.
    private static func subject(_ section: String, _ code: String) -> StatementSubject? {
        switch section {
        case "projects": return Folio(stored: code).map(StatementSubject.project)
        case "clubs": return PartyID(stored: code).map(StatementSubject.club)
        case "municipalities": return PartyID(stored: code).map(StatementSubject.municipality)
        default: return nil
        }
    }

    private func statement(_ subject: StatementSubject, language: Language, for user: UserAccount) throws -> String {
        let ledger = services.ledger, renderer = services.pages.renderer, today = CalendarDate.today()
        // Who may read what is decided from the catalogue in memory, before any page, kept or new, is given.
        let catalogue = try ledger.catalogue()
        guard subject.exists(in: catalogue) else { throw PageRefusal.notFound }
        guard AccessRule.mayRead(subject, by: user, catalogue: catalogue) else { throw PageRefusal.outOfScope }
        let version = try ledger.version(of: subject)
        // The corridor prices file is read when a club's page is rendered: a new file shows with the club's next
        // movement or the next day.
        let pricesFile = services.configuration.corridorPricesFile?.path
        let render = { () throws -> String? in
            let prices = if case .club = subject { (try? CorridorPriceFile.load(pricesFile)) ?? [] } else { [CorridorPrice]() }
            guard let state = try ledger.state(for: subject),
                let statement = Statement(subject, state: state, asOf: today, corridorPrices: prices)
            else { return nil }
            return renderer.page(statement, language: language)
        }
        let key = LiveStatementCache.Key(path: SitePath.page(of: subject, language), day: today)
        guard let page = try kept.page(key, at: version, render: render) else { throw PageRefusal.notFound }
        return page
    }
}
