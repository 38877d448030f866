import CuentasCore
import Hummingbird

/// Signing in and out, and choosing the language.
struct SignInRoutes {
    let environment: WebEnvironment

    func register(on router: Router<AppRequestContext>) {
        router.get("/app/login") { request, context in try loginPage(request, context, name: "", error: nil, status: .ok) }
        router.post("/app/login") { request, context in try await login(request, context) }
        router.post("/app/logout") { request, context in
            guard try await environment.form(request, context) != nil else { return try forgery(request, context) }
            return try await environment.work.run {
                context.sessions.clearSession()
                return Response.redirect(to: "/app/login")
            }
        }
        router.get("/app/language/{code}") { request, context in
            return try await environment.work.run {
                guard let code = context.parameters.get("code"), let language = Language(rawValue: code) else {
                    return try environment.refusal(.notFound, environment.translation(request, context)["app.notFound"], request, context)
                }
                var session = environment.session(context)
                session.language = language.rawValue
                _ = context.sessions.updateSession(session)
                return Response.redirect(to: "/app")
            }
        }
    }

    func forgery(_ request: Request, _ context: AppRequestContext) throws -> Response {
        try environment.refusal(.forbidden, environment.translation(request, context)["app.forgery"], request, context)
    }

    private func loginPage(
        _ request: Request, _ context: AppRequestContext, name: String, error: String?, status: HTTPResponse.Status
    ) throws -> Response {
        let t = environment.translation(request, context)
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
        return try environment.respond(page, request, context)
    }

    private func login(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let input = try await environment.form(request, context) else { return try forgery(request, context) }
        let t = environment.translation(request, context)
        let name = (input["name"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let password = input["password"] ?? ""
        let address = context.clientAddress
        if await environment.throttle.isLocked(name, from: address) {
            return try loginPage(request, context, name: name, error: t["app.loginLocked"], status: .tooManyRequests)
        }
        let found = try await environment.work.run { try environment.store.user(named: name) }
        let hasher = environment.hasher, hash = found?.passwordHash ?? environment.unknownUserHash
        guard let passwordMatches = await environment.passwords.check({ hasher.verify(password, hash: hash) }) else {
            var busy = try loginPage(request, context, name: name, error: t["app.loginBusy"], status: .serviceUnavailable)
            busy.headers[.retryAfter] = "5"
            return busy
        }
        guard let found, passwordMatches else {
            await environment.throttle.recordFailure(name, from: address)
            return try loginPage(request, context, name: name, error: t["app.loginFailed"], status: .unauthorized)
        }
        await environment.throttle.recordSuccess(name, from: address)
        // A new session on sign-in: a session id an attacker planted before cannot carry over.
        let language = context.sessions.session?.language
        context.sessions.clearSession()
        context.sessions.createSession(
            WebSession(userName: found.account.name, csrfToken: RandomToken.make(), language: language),
            expiresIn: environment.configuration.sessionLifetime)
        return Response.redirect(to: "/app")
    }
}
