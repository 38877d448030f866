import CuentasCore
import CuentasRender
import Foundation
import Hummingbird

/// `/app/setup/TOKEN`: someone sent a one-time setup link chooses their own password, then signs in. Needs nobody
/// signed in; a link that is unknown, used, replaced or expired gets the same page, so it tells nothing about others.
struct SetupController {
    let services: AppServices
    let gate: SignInGate

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("setup/{token}") { request, context in
            let token = try Self.token(context)
            let ledger = services.ledger
            guard let name = try await services.work.run({ try ledger.setupLinkUser(tokenHash: SetupLink.hash(token), now: Date()) }) else {
                return invalidLink(request, context)
            }
            return setupPage(request, context, token: token, name: name, errors: [:])
        }
        routes.post("setup/{token}") { request, context in
            let token = try Self.token(context)
            let form = try await request.decodeForm(SetupPasswordForm.self, context: context)
            return try await setUp(form, token: token, request, context)
        }
        return routes
    }

    private static func token(_ context: AppRequestContext) throws -> String {
        guard let token = context.parameters.get("token"), SetupLink.looksLikeToken(token) else { throw PageRefusal.notFound }
        return token
    }

    private func setUp(_ form: SetupPasswordForm, token: String, _ request: Request, _ context: AppRequestContext) async throws -> Response
    {
        let t = services.pages.translation(request, context)
        let ledger = services.ledger, hasher = gate.hasher, hash = SetupLink.hash(token)
        guard let name = try await services.work.run({ try ledger.setupLinkUser(tokenHash: hash, now: Date()) }) else {
            return invalidLink(request, context)
        }
        let password = form.password ?? ""
        let errors = NewPasswordFields.problems(password: password, repeated: form.repeated, t)
        guard errors.isEmpty else { return setupPage(request, context, token: token, name: name, errors: errors) }
        do {
            _ = try await services.work.run {
                try ledger.setPassword(throughSetupLink: hash, passwordHash: hasher.hash(password), now: Date())
            }
        } catch {
            // Used a moment ago in another tab: the link is spent either way.
            return invalidLink(request, context)
        }
        var page = AppPage(title: t["app.setupDone"])
        page.notice = t.format("app.setupDoneFor", name)
        page.links = [("/app/login", t["app.login"])]
        return services.pages.respond(page, request, context)
    }

    private func setupPage(
        _ request: Request, _ context: AppRequestContext, token: String, name: String, errors: [String: String]
    ) -> Response {
        let t = services.pages.translation(request, context)
        var page = AppPage(title: t["app.setupTitle"])
        page.intro = [t.format("app.setupIntro", name)]
        if !errors.isEmpty { page.status = .unprocessableContent }
        var form = AppForm(action: "/app/setup/\(token)", submitLabel: t["app.setupTitle"])
        form.fields = NewPasswordFields.fields(t, errors: errors)
        page.forms = [form]
        return services.pages.respond(page, request, context)
    }

    private func invalidLink(_ request: Request, _ context: AppRequestContext) -> Response {
        let t = services.pages.translation(request, context)
        var page = AppPage(title: t["app.setupInvalid"])
        page.status = .notFound
        page.intro = [t["app.setupInvalidExplained"]]
        page.links = [("/app/login", t["app.login"])]
        return services.pages.respond(page, request, context)
    }
}
