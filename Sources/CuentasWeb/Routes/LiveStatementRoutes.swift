import CuentasCore
import CuentasPublishing
import CuentasRender
import CuentasStatements
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
                let t = environment.translation(request, context)
                guard let language = Language(rawValue: context.parameters.get("lang") ?? ""),
                    let file = context.parameters.get("file"), file.hasSuffix(".html"),
                    let id = try? Identifier(String(file.dropLast(".html".count)), field: "file")
                else { return try notFound(request, context) }
                let today = CalendarDate.today()
                let section = context.parameters.get("section")
                // Each page from only the part of the ledger it shows.
                let state: LedgerState?
                switch section {
                case "projects": state = try environment.store.projectState(id)
                case "clubs": state = try environment.store.clubState(id)
                case "municipalities": state = try environment.store.municipalityState(id)
                default: state = nil
                }
                guard let state else { return try notFound(request, context) }
                switch section {
                case "projects":
                    guard let statement = ProjectStatement(folio: id, state: state, asOf: today) else { return try notFound(request, context) }
                    guard AccessRule.mayRead(id, by: user, catalogue: state.catalogue) else {
                        return try environment.refusal(.forbidden, t["app.outOfScope"], request, context)
                    }
                    return html(environment.renderer.project(statement, language: language))
                case "clubs":
                    let prices = (try? CorridorPriceFile.load(environment.configuration.corridorPricesFile?.path)) ?? []
                    guard let statement = ClubStatement(clubID: id, state: state, asOf: today, corridorPrices: prices) else {
                        return try notFound(request, context)
                    }
                    guard user.role == .auditor || user.clubID == id else {
                        return try environment.refusal(.forbidden, t["app.outOfScope"], request, context)
                    }
                    return html(environment.renderer.club(statement, language: language))
                case "municipalities":
                    guard let statement = MunicipalityStatement(municipalityID: id, state: state, asOf: today) else {
                        return try notFound(request, context)
                    }
                    guard user.role == .auditor || user.municipalityID == id else {
                        return try environment.refusal(.forbidden, t["app.outOfScope"], request, context)
                    }
                    return html(environment.renderer.municipality(statement, language: language))
                default:
                    return try notFound(request, context)
                }
            }
        }
    }

    private func notFound(_ request: Request, _ context: AppRequestContext) throws -> Response {
        try environment.refusal(.notFound, environment.translation(request, context)["app.notFound"], request, context)
    }

    private func html(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
