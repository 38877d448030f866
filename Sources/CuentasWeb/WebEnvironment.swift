import CuentasCore
import CuentasRender
import CuentasStore
import Foundation
import Hummingbird
import HummingbirdAuth

/// What every route shares: the ledger, the renderer, the site folder, the sign-in throttle and the pending imports.
final class WebEnvironment: Sendable {
    let store: LedgerStore
    let renderer: HTMLRenderer
    let configuration: WebConfiguration
    let hasher: PasswordHasher
    /// Checked against when the name does not exist, so that a wrong name takes as long as a wrong password and the
    /// answer's timing does not tell which names exist.
    let unknownUserHash: String
    let throttle = LoginThrottle()
    let pendingImports = PendingImports()
    /// Threads for what blocks (SQLite, replays, rendering), off the threads that serve requests.
    let work = BlockingWork()
    /// bcrypt, one at a time on a thread of its own, with a bounded queue.
    let passwords = PasswordGate()
    /// The publication running in the background, if any, and how the last one ended.
    let publishJob = PublishJob()
    /// The municipalities by state for the auditor's start page, kept while the catalogue is unchanged.
    let municipalityDirectory = CatalogueDerivedValue<MunicipalityDirectory>()
    /// Live statements as rendered, while what they show is unchanged.
    let liveStatements = LiveStatementCache()

    init(store: LedgerStore, renderer: HTMLRenderer, configuration: WebConfiguration) {
        self.store = store
        self.renderer = renderer
        self.configuration = configuration
        self.hasher = PasswordHasher(cost: configuration.bcryptCost)
        self.unknownUserHash = hasher.hash(RandomToken.make())
    }

    /// The session, created (with a fresh anti-forgery token) on a first visit.
    func session(_ context: AppRequestContext) -> WebSession {
        if let session = context.sessions.session { return session }
        // A visitor's session (the sign-in form's token, a language chosen) lasts an hour at most.
        let session = WebSession(userName: nil, csrfToken: RandomToken.make(), language: nil)
        context.sessions.createSession(session, expiresIn: min(configuration.sessionLifetime, .seconds(60 * 60)))
        return session
    }

    /// The signed-in user, nil when nobody is (or the account is gone).
    func user(_ context: AppRequestContext) throws -> UserAccount? {
        guard let name = context.sessions.session?.userName else { return nil }
        return try store.user(named: name)?.account
    }

    /// The session's language, else the first of the browser's languages we have, else Spanish.
    func language(_ request: Request, _ context: AppRequestContext) -> Language {
        if let code = context.sessions.session?.language, let language = Language(rawValue: code) { return language }
        let accepted = request.headers[.acceptLanguage] ?? ""
        var best: (language: Language, quality: Double)?
        for item in accepted.split(separator: ",") {
            let parts = item.split(separator: ";")
            let tag = parts[0].trimmingCharacters(in: .whitespaces).lowercased()
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

    /// An HTML page of the app, in the request's language, with the signed-in user in the navigation.
    func respond(_ page: AppPage, _ request: Request, _ context: AppRequestContext) throws -> Response {
        let language = self.language(request, context)
        let session = self.session(context)
        var body = page.values
        body["csrf"] = session.csrfToken
        if let user = try user(context) {
            body["signedIn"] = true
            body["signedInName"] = user.name
            body["signedInRole"] = renderer.translation(language)["app.role_\(user.role.rawValue)"]
        }
        let html = renderer.appPage("app-page", title: page.title, language: language, body)
        return Response(
            status: page.status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// The page that says why a request is refused: 403 when the user may not do it, named in the page.
    func refusal(
        _ status: HTTPResponse.Status, _ message: String, _ request: Request, _ context: AppRequestContext
    ) throws -> Response {
        let t = renderer.translation(language(request, context))
        var page = AppPage(title: status == .forbidden ? t["app.forbidden"] : t["app.problem"])
        page.status = status
        page.warning = message
        page.links = [("/app", t["app.backHome"])]
        return try respond(page, request, context)
    }

    /// The form's fields after checking its anti-forgery token; nil (and the caller answers 403) when the token is
    /// missing or wrong, or the body is not a form.
    func form(_ request: Request, _ context: AppRequestContext) async throws -> FormInput? {
        var request = request
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        guard let input = FormInput.parse(Array(body.readableBytesView), contentType: request.headers[.contentType]),
            let session = context.sessions.session, let sent = input["csrf"], RandomToken.same(sent, session.csrfToken)
        else { return nil }
        return input
    }

    /// A form sent by a signed-in user with the right anti-forgery token: its fields and the user. Otherwise throws
    /// the answer to send instead: 403 and a page saying why for a forged or stale form, the sign-in page for nobody.
    func submission(_ request: Request, _ context: AppRequestContext) async throws -> (input: FormInput, user: UserAccount) {
        guard let input = try await form(request, context) else {
            throw PageRefusal(try refusal(.forbidden, translation(request, context)["app.forgery"], request, context))
        }
        guard let user = try user(context) else { throw PageRefusal(Response.redirect(to: "/app/login")) }
        return (input, user)
    }

    func translation(_ request: Request, _ context: AppRequestContext) -> Translation {
        renderer.translation(language(request, context))
    }
}
