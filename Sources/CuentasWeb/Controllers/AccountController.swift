import CuentasCore
import CuentasRender
import Hummingbird

/// A signed-in user changes their own password; the old one must be given, so a session left open is not enough.
struct AccountController {
    let services: AppServices
    let gate: SignInGate

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("password") { request, context in
            _ = try context.user
            return passwordPage(request, context, errors: [:], notice: nil)
        }
        routes.post("password") { request, context in
            let user = try context.user
            let form = try await request.decodeForm(PasswordChangeForm.self, context: context)
            return try await change(form, user, request, context)
        }
        return routes
    }

    private func change(
        _ form: PasswordChangeForm, _ user: UserAccount, _ request: Request, _ context: AppRequestContext
    ) async throws -> Response {
        let t = services.pages.translation(request, context)
        let ledger = services.ledger, hasher = gate.hasher
        let current = form.current ?? "", password = form.password ?? ""
        var errors = NewPasswordFields.problems(password: password, repeated: form.repeated, t)
        let found = try await services.work.run { try ledger.user(named: user.name) }
        guard let found else { throw PageRefusal.signInRequired }
        guard let matches = await gate.passwords.check({ hasher.verify(current, hash: found.passwordHash) }) else {
            return passwordPage(request, context, errors: ["current": t["app.loginBusy"]], notice: nil, status: .serviceUnavailable)
        }
        if !matches { errors["current"] = t["app.currentPasswordWrong"] }
        guard errors.isEmpty else { return passwordPage(request, context, errors: errors, notice: nil, status: .unprocessableContent) }
        try await services.work.run {
            try ledger.changePassword(of: user.name, to: hasher.hash(password), reason: "changed by the user", by: user.name)
        }
        return passwordPage(request, context, errors: [:], notice: t["app.passwordChanged"])
    }

    private func passwordPage(
        _ request: Request, _ context: AppRequestContext, errors: [String: String], notice: String?, status: HTTPResponse.Status = .ok
    ) -> Response {
        let t = services.pages.translation(request, context)
        var page = AppPage(title: t["app.changePassword"])
        page.status = status
        page.notice = notice
        var form = AppForm(action: "/app/password", submitLabel: t["app.changePassword"])
        form.fields =
            [
                FormField(
                    name: "current", label: t["app.currentPassword"], kind: .password, error: errors["current"], required: true,
                    autocomplete: "current-password")
            ] + NewPasswordFields.fields(t, errors: errors)
        page.forms = [form]
        return services.pages.respond(page, request, context)
    }
}
