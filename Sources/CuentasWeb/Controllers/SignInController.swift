import CuentasCore
import Hummingbird

/// Signing in and out, and choosing the language: the app's routes that need nobody signed in.
struct SignInController {
    let services: AppServices
    let gate: SignInGate

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("login") { request, context in loginPage(request, context, name: "", error: nil, status: .ok) }
        routes.post("login") { request, context in try await login(request, context) }
        routes.post("logout") { request, context in
            _ = try await request.decodeForm(ButtonForm.self, context: context)
            context.sessions.clearSession()
            return Response.redirect(to: "/app/login")
        }
        routes.get("language/{code}") { request, context in
            guard let code = context.parameters.get("code"), let language = Language(rawValue: code) else { throw PageRefusal.notFound }
            LanguageChoice.choose(language, context, lifetime: services.configuration.sessionLifetime)
            return Response.redirect(to: LanguageChoice.returnPath(referer: request.headers[.referer]))
        }
        return routes
    }

    private func loginPage(
        _ request: Request, _ context: AppRequestContext, name: String, error: String?, status: HTTPResponse.Status
    ) -> Response {
        let t = services.pages.translation(request, context)
        var page = AppPage(title: t["app.login"])
        page.status = status
        page.intro = [t["app.loginIntro"]]
        var form = AppForm(action: "/app/login", submitLabel: t["app.login"])
        form.fields = [
            FormField(name: "name", label: t["app.userName"], value: name, required: true, autocomplete: "username"),
            FormField(name: "password", label: t["app.password"], kind: .password, required: true, autocomplete: "current-password"),
        ]
        if let error { form.errors = [(nil, t["app.login"], error)] }
        page.forms = [form]
        return services.pages.respond(page, request, context)
    }

    private func login(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = try await request.decodeForm(LoginForm.self, context: context)
        let t = services.pages.translation(request, context)
        let name = (form.name ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let password = form.password ?? ""
        let address = context.clientAddress
        if await gate.throttle.isLocked(name, from: address) {
            return loginPage(request, context, name: name, error: t["app.loginLocked"], status: .tooManyRequests)
        }
        let ledger = services.ledger
        let found = try await services.work.run { try ledger.user(named: name) }
        let hasher = gate.hasher, hash = found?.passwordHash ?? gate.unknownUserHash
        guard let passwordMatches = await gate.passwords.check({ hasher.verify(password, hash: hash) }) else {
            var busy = loginPage(request, context, name: name, error: t["app.loginBusy"], status: .serviceUnavailable)
            busy.headers[.retryAfter] = "5"
            return busy
        }
        guard let found, passwordMatches else {
            await gate.throttle.recordFailure(name, from: address)
            return loginPage(request, context, name: name, error: t["app.loginFailed"], status: .unauthorized)
        }
        await gate.throttle.recordSuccess(name, from: address)
        // A new session on sign-in: a session id an attacker planted before cannot carry over.
        let language = context.sessions.session?.language
        context.sessions.clearSession()
        context.sessions.createSession(
            WebSession(userName: found.account.name, csrfToken: RandomToken.make(), language: language),
            expiresIn: services.configuration.sessionLifetime)
        return Response.redirect(to: "/app")
    }
}
