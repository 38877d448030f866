import CuentasCore
import CuentasRender
import CuentasStore
import Hummingbird

/// Admins add users; nobody else sees this.
struct UserController {
    let services: AppServices
    let hasher: PasswordHasher

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("users") { request, context in
            _ = try Self.admin(context)
            return try await services.work.run { try usersPage(request, context, values: [:], errors: [:], notice: nil) }
        }
        routes.post("users") { request, context in
            let admin = try Self.admin(context)
            let form = try await request.decodeForm(NewUserForm.self, context: context)
            return try await services.work.run { try addUser(form, by: admin, request, context) }
        }
        return routes
    }

    private static func admin(_ context: AppRequestContext) throws -> UserAccount {
        let user = try context.user
        guard user.role == .admin else { throw PageRefusal(.forbidden, "app.onlyAdmins") }
        return user
    }

    private func addUser(_ form: NewUserForm, by admin: UserAccount, _ request: Request, _ context: AppRequestContext) throws -> Response {
        let t = services.pages.translation(request, context)
        var values: [String: String] = [:]
        for (name, value) in [("name", form.name), ("role", form.role), ("club", form.club), ("municipality", form.municipality)] {
            values[name] = (value ?? "").trimmingCharacters(in: .whitespaces)
        }
        var errors: [String: String] = [:]
        let password = form.password ?? ""
        if let problem = PasswordHasher.problem(with: password, spanish: t.language == .spanish) { errors["password"] = problem }
        guard let role = UserRole(rawValue: values["role"] ?? "") else {
            errors["role"] = t["app.choose"]
            return try usersPage(request, context, values: values, errors: errors, notice: nil)
        }
        do {
            let club = try values["club"].flatMap { $0.isEmpty ? nil : try Identifier($0, field: "club") }
            let municipality = try values["municipality"].flatMap { $0.isEmpty ? nil : try Identifier($0, field: "municipality") }
            let account = try UserAccount(name: values["name"] ?? "", role: role, clubID: club, municipalityID: municipality)
            guard errors.isEmpty else { return try usersPage(request, context, values: values, errors: errors, notice: nil) }
            try services.ledger.addUser(account, passwordHash: hasher.hash(password), createdBy: admin.name)
        } catch let error as InputError {
            errors[error.field.replacingOccurrences(of: "--", with: "")] = error.explanation(in: t.language)
            return try usersPage(request, context, values: values, errors: errors, notice: nil)
        } catch let error as StoreError {
            errors["name"] = error.explanation(in: t.language)
            return try usersPage(request, context, values: values, errors: errors, notice: nil)
        }
        return try usersPage(request, context, values: [:], errors: [:], notice: t.format("app.userAdded", values["name"] ?? ""))
    }

    private func usersPage(
        _ request: Request, _ context: AppRequestContext, values: [String: String], errors: [String: String], notice: String?
    ) throws -> Response {
        let t = services.pages.translation(request, context)
        let catalogue = try services.ledger.catalogue()
        var page = AppPage(title: t["app.users"])
        page.notice = notice
        page.tables = [
            AppTable(
                caption: t["app.users"], headers: [t["app.userName"], t["app.role"], t["app.scope"]],
                rows: try services.ledger.users().map { user in
                    AppTable.Row(cells: [
                        .init(text: user.name), .init(text: t["app.role_\(user.role.rawValue)"]),
                        .init(text: user.clubID?.text ?? user.municipalityID?.text ?? "—"),
                    ])
                }, emptyText: t["app.none"])
        ]
        var form = AppForm(heading: t["app.addUser"], action: "/app/users", submitLabel: t["app.addUser"])
        let clubs = catalogue.clubs.values.sorted { $0.id < $1.id }.map { ($0.id.text, "\($0.id.text) · \($0.name)") }
        let municipalities = catalogue.governments.values.filter { $0.level == .municipal }.sorted { $0.id < $1.id }
            .map { ($0.id.text, "\($0.id.text) · \($0.name)") }
        form.fields = [
            FormField(name: "name", label: t["app.userName"], value: values["name"] ?? "", hint: t["app.hint_userName"], error: errors["name"], required: true),
            FormField(
                name: "role", label: t["app.role"], kind: .select([("", t["app.choose"])] + UserRole.allCases.map { ($0.rawValue, t["app.role_\($0.rawValue)"]) }),
                value: values["role"] ?? "", error: errors["role"], required: true),
            FormField(
                name: "club", label: t["app.clubForTreasurer"], kind: .select([("", "—")] + clubs), value: values["club"] ?? "", error: errors["club"]),
            FormField(
                name: "municipality", label: t["app.municipalityForOfficial"], kind: .select([("", "—")] + municipalities),
                value: values["municipality"] ?? "", error: errors["municipality"]),
            FormField(name: "password", label: t["app.password"], kind: .password, hint: t["app.hint_password"], error: errors["password"], required: true,
                      autocomplete: "new-password"),
        ]
        page.forms = [form]
        if !errors.isEmpty { page.status = .unprocessableContent }
        return services.pages.respond(page, request, context)
    }
}
