import CuentasCore
import CuentasRender
import Hummingbird

/// Turns an `AppPage` into the HTML answer: in the request's language, with the session's anti-forgery token in its
/// forms and the signed-in user in the navigation. Refusal pages are pages too.
struct PageResponder: Sendable {
    let renderer: HTMLRenderer
    /// How long a session lasts (a visitor's at most an hour).
    let sessionLifetime: Duration

    func language(_ request: Request, _ context: AppRequestContext) -> Language {
        LanguageChoice.language(chosen: context.sessions.session?.language, acceptLanguage: request.headers[.acceptLanguage])
    }

    func translation(_ request: Request, _ context: AppRequestContext) -> Translation {
        renderer.translation(language(request, context))
    }

    func respond(_ page: AppPage, _ request: Request, _ context: AppRequestContext) -> Response {
        let language = self.language(request, context)
        let session = context.session(lifetime: sessionLifetime)
        var body = page.values
        body["csrf"] = session.csrfToken
        let user = context.identity
        body["signedIn"] = user != nil
        body["signedInName"] = user?.name as Any
        body["signedInRole"] = user.map { renderer.translation(language)["app.role_\($0.role.rawValue)"] } as Any
        let html = renderer.appPage("app-page", title: page.title, language: language, body)
        return Response(
            status: page.status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// The page that says why a request is refused, with a way back home.
    func respond(_ refusal: PageRefusal, _ request: Request, _ context: AppRequestContext) -> Response {
        if let redirect = refusal.redirect { return Response.redirect(to: redirect) }
        let t = translation(request, context)
        var page = AppPage(title: refusal.status == .forbidden ? t["app.forbidden"] : t["app.problem"])
        page.status = refusal.status
        page.warning = refusal.message(t)
        page.links = [("/app", t["app.backHome"])]
        return respond(page, request, context)
    }
}
