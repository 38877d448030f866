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
struct LiveStatementRoutes {
    let environment: WebEnvironment

    func register(on router: Router<AppRequestContext>) {
        router.get("/app/live/{lang}/index.html") { request, context in
            return try await environment.work.run {
                guard let user = try environment.user(context) else { return Response.redirect(to: "/app/login") }
                guard let language = Language(rawValue: context.parameters.get("lang") ?? "") else { return try notFound(request, context) }
                // Scoped like the pages it would link to, and bounded: a treasurer's index is their club's statement,
                // an official's their municipality's; an auditor goes by municipality, a page at a time (`/app`).
                switch user.role {
                case .treasurer: return Response.redirect(to: "/app/live/\(language.rawValue)/clubs/\(user.clubID!.text).html")
                case .official: return Response.redirect(to: "/app/live/\(language.rawValue)/municipalities/\(user.municipalityID!.text).html")
                case .auditor, .admin: return Response.redirect(to: "/app")
                }
            }
        }
        router.get("/app/live/{lang}/{section}/{file}") { request, context in
            return try await environment.work.run {
                guard let user = try environment.user(context) else { return Response.redirect(to: "/app/login") }
                guard let language = Language(rawValue: context.parameters.get("lang") ?? ""),
                    let file = context.parameters.get("file"), file.hasSuffix(".html"),
                    let id = try? Identifier(String(file.dropLast(".html".count)), field: "file")
                else { return try notFound(request, context) }
                let today = CalendarDate.today()
                let section = context.parameters.get("section") ?? ""
                // Who may read what is decided from the catalogue in memory, before any page, kept or new, is given.
                let catalogue = try environment.store.catalogue()
                let version: LedgerPartVersion
                let render: () throws -> String?
                switch section {
                case "projects":
                    guard catalogue.projects[id] != nil else { return try notFound(request, context) }
                    guard AccessRule.mayRead(id, by: user, catalogue: catalogue) else { return try outOfScope(request, context) }
                    version = try environment.store.version(ofProject: id)
                    render = {
                        guard let state = try environment.store.projectState(id),
                            let statement = ProjectStatement(folio: id, state: state, asOf: today) else { return nil }
                        return environment.renderer.project(statement, language: language)
                    }
                case "clubs":
                    guard catalogue.clubs[id] != nil else { return try notFound(request, context) }
                    guard user.role == .auditor || user.clubID == id else { return try outOfScope(request, context) }
                    version = try environment.store.version(ofClub: id)
                    render = {
                        // The corridor prices file is read when the page is rendered: a new file shows with the
                        // club's next movement or the next day.
                        let prices = (try? CorridorPriceFile.load(environment.configuration.corridorPricesFile?.path)) ?? []
                        guard let statement = ClubStatement(
                            clubID: id, state: try environment.store.clubState(id), asOf: today, corridorPrices: prices) else { return nil }
                        return environment.renderer.club(statement, language: language)
                    }
                case "municipalities":
                    guard catalogue.governments[id]?.level == .municipal else { return try notFound(request, context) }
                    guard user.role == .auditor || user.municipalityID == id else { return try outOfScope(request, context) }
                    version = try environment.store.version(ofMunicipality: id)
                    render = {
                        guard let statement = MunicipalityStatement(
                            municipalityID: id, state: try environment.store.municipalityState(id), asOf: today) else { return nil }
                        return environment.renderer.municipality(statement, language: language)
                    }
                default:
                    return try notFound(request, context)
                }
                // Each page from only the part of the ledger it shows, rendered again only when that part changed.
                let key = LiveStatementCache.Key(path: "\(language.rawValue)/\(section)/\(id.text)", day: today)
                guard let page = try environment.liveStatements.page(key, at: version, render: render) else {
                    return try notFound(request, context)
                }
                return html(page)
            }
        }
    }

    private func outOfScope(_ request: Request, _ context: AppRequestContext) throws -> Response {
        try environment.refusal(.forbidden, environment.translation(request, context)["app.outOfScope"], request, context)
    }

    private func notFound(_ request: Request, _ context: AppRequestContext) throws -> Response {
        try environment.refusal(.notFound, environment.translation(request, context)["app.notFound"], request, context)
    }

    private func html(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
