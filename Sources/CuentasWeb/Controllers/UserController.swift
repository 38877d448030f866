import CuentasCore
import CuentasRender
import CuentasStore
import Foundation
import Hummingbird
import CuentasTables

/// Admins add users, disable and enable them, change their scope and send them setup links; nobody else sees this.
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
        routes.post("users/amend") { request, context in
            let admin = try Self.admin(context)
            let form = try await request.decodeForm(UserAmendForm.self, context: context)
            return try await services.work.run { try amendUser(form, by: admin, request, context) }
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
        for (name, value) in [
            ("name", form.name), ("role", form.role), ("club", form.club), ("municipality", form.municipality), ("projects", form.projects),
        ] {
            values[name] = (value ?? "").trimmingCharacters(in: .whitespaces)
        }
        var errors: [String: String] = [:]
        // No password: the user chooses their own through a setup link, never one typed by someone else.
        let password = form.password ?? ""
        let withLink = password.isEmpty
        if !withLink, let problem = PasswordHasher.problem(with: password, in: t.language) { errors["password"] = problem }
        guard let role = UserRole(rawValue: values["role"] ?? "") else {
            errors["role"] = t["app.choose"]
            return try usersPage(request, context, values: values, errors: errors, notice: nil)
        }
        do {
            let club = try values["club"].flatMap { $0.isEmpty ? nil : try PartyID($0, field: "club") }
            let municipality = try values["municipality"].flatMap { $0.isEmpty ? nil : try PartyID($0, field: "municipality") }
            let folios = try (values["projects"] ?? "").split(whereSeparator: { $0 == " " || $0 == "," }).map { text throws(InputError) in
                try Folio(String(text), field: "projects")
            }
            let account = try UserAccount(name: values["name"] ?? "", role: role, clubID: club, municipalityID: municipality).watching(
                Set(folios))
            guard errors.isEmpty else { return try usersPage(request, context, values: values, errors: errors, notice: nil) }
            try services.ledger.addUser(account, passwordHash: hasher.hash(withLink ? SetupLink().token : password), createdBy: admin.name)
            if withLink {
                let link = try issueLink(for: account.name, by: admin, request)
                return try usersPage(
                    request, context, values: [:], errors: [:], notice: t.format("app.userAddedWithLink", account.name, link))
            }
        } catch let error as InputError {
            errors[error.field.replacingOccurrences(of: "--", with: "")] = error.explanation(in: t.language)
            return try usersPage(request, context, values: values, errors: errors, notice: nil)
        } catch let error as StoreError {
            errors["name"] = error.explanation(in: t.language)
            return try usersPage(request, context, values: values, errors: errors, notice: nil)
        }
        return try usersPage(request, context, values: [:], errors: [:], notice: t.format("app.userAdded", values["name"] ?? ""))
    }

    /// A new setup link for a user; its address under the address the admin is using.
    private func issueLink(for name: String, by admin: UserAccount, _ request: Request) throws -> String {
        let link = SetupLink()
        try services.ledger.issueSetupLink(
            for: name, tokenHash: link.tokenHash, expiresAt: Date().addingTimeInterval(SetupLink.defaultValidity), reason: "setup link",
            by: admin.name)
        let scheme = services.configuration.secureCookies ? "https" : "http"
        let host = request.head.authority ?? "\(services.configuration.host):\(services.configuration.port)"
        return link.url(base: "\(scheme)://\(host)")
    }

    private func amendUser(
        _ form: UserAmendForm, by admin: UserAccount, _ request: Request, _ context: AppRequestContext
    ) throws -> Response {
        let t = services.pages.translation(request, context)
        let name = (form.user ?? "").trimmingCharacters(in: .whitespaces)
        let reason = (form.reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var values = [
            "user": name, "action": form.action ?? "", "role": form.role ?? "", "club": form.club ?? "",
            "municipality": form.municipality ?? "", "reason": reason,
        ]
        func refuse(_ field: String, _ message: String) throws -> Response {
            values["amendError"] = field
            return try usersPage(request, context, values: values, errors: ["amend_\(field)": message], notice: nil)
        }
        guard let action = UserAmendForm.Action(rawValue: form.action ?? "") else { return try refuse("action", t["app.choose"]) }
        guard try services.ledger.users().contains(where: { $0.name == name }) else { return try refuse("user", t["app.choose"]) }
        if reason.isEmpty, action != .setupLink { return try refuse("reason", t["app.reasonNeeded"]) }
        if name == admin.name, action == .disable || action == .scope { return try refuse("user", t["app.notYourself"]) }
        do {
            switch action {
            case .disable, .enable:
                try services.ledger.setUser(name, disabled: action == .disable, reason: reason, by: admin.name)
                return try usersPage(
                    request, context, values: [:], errors: [:],
                    notice: t.format(action == .disable ? "app.userDisabled" : "app.userEnabled", name))
            case .setupLink:
                let link = try issueLink(for: name, by: admin, request)
                return try usersPage(request, context, values: [:], errors: [:], notice: t.format("app.setupLinkFor", name, link))
            case .scope:
                guard let role = UserRole(rawValue: form.role ?? "") else { return try refuse("role", t["app.choose"]) }
                let club = try (form.club ?? "").isEmpty ? nil : PartyID(form.club ?? "", field: "club")
                let municipality = try (form.municipality ?? "").isEmpty ? nil : PartyID(form.municipality ?? "", field: "municipality")
                let account = try UserAccount(name: name, role: role, clubID: club, municipalityID: municipality)
                try services.ledger.changeScope(of: account, reason: reason, by: admin.name)
                return try usersPage(request, context, values: [:], errors: [:], notice: t.format("app.scopeChanged", name))
            }
        } catch let error as InputError {
            return try refuse(
                ["club", "municipality", "role"].first { error.field.contains($0) } ?? "role", error.explanation(in: t.language))
        } catch let error as StoreError {
            return try refuse("user", error.explanation(in: t.language))
        }
    }

    private func usersPage(
        _ request: Request, _ context: AppRequestContext, values: [String: String], errors: [String: String], notice: String?
    ) throws -> Response {
        let t = services.pages.translation(request, context)
        let catalogue = try services.ledger.catalogue()
        let disabled = try services.ledger.disabledUserNames()
        var page = AppPage(title: t["app.users"])
        page.notice = notice
        page.tables = [
            AppTable(
                caption: t["app.users"], headers: [t["app.userName"], t["app.role"], t["app.scope"], t["app.userState"]],
                rows: try services.ledger.users().map { user in
                    AppTable.Row(cells: [
                        .init(text: user.name), .init(text: t["app.role_\(user.role.rawValue)"]),
                        .init(text: user.clubID?.text ?? user.municipalityID?.text ?? "—"),
                        .init(text: disabled.contains(user.name) ? t["app.userStateDisabled"] : t["app.userStateActive"]),
                    ])
                }, emptyText: t["app.none"])
        ]
        var form = AppForm(heading: t["app.addUser"], action: "/app/users", submitLabel: t["app.addUser"])
        let clubs = catalogue.clubs.values.sorted { $0.id < $1.id }.map { ($0.id.text, "\($0.id.text) · \($0.name)") }
        let municipalities = catalogue.governments.values.filter { $0.level == .municipal }.sorted { $0.id < $1.id }
            .map { ($0.id.text, "\($0.id.text) · \($0.name)") }
        form.fields = [
            FormField(
                name: "name", label: t["app.userName"], value: values["name"] ?? "", hint: t["app.hint_userName"], error: errors["name"],
                required: true),
            FormField(
                name: "role", label: t["app.role"],
                kind: .select([("", t["app.choose"])] + UserRole.allCases.map { ($0.rawValue, t["app.role_\($0.rawValue)"]) }),
                value: values["role"] ?? "", error: errors["role"], required: true),
            FormField(
                name: "club", label: t["app.clubForTreasurer"], kind: .select([("", "—")] + clubs), value: values["club"] ?? "",
                error: errors["club"]),
            FormField(
                name: "municipality", label: t["app.municipalityForOfficial"], kind: .select([("", "—")] + municipalities),
                value: values["municipality"] ?? "", error: errors["municipality"]),
            FormField(
                name: "projects", label: t["app.projectsForCommittee"], value: values["projects"] ?? "", hint: t["app.hint_projects"],
                error: errors["projects"]),
            FormField(
                name: "password", label: t["app.password"], kind: .password, hint: t["app.hint_passwordOrLink"], error: errors["password"],
                autocomplete: "new-password"),
        ]
        var amend = AppForm(heading: t["app.amendUser"], action: "/app/users/amend", submitLabel: t["app.amendUser"])
        let amending = values["amendError"] != nil
        func kept(_ name: String) -> String { amending ? values[name] ?? "" : "" }
        let names = try services.ledger.users().map { ($0.name, $0.name) }
        amend.fields = [
            FormField(
                name: "user", label: t["app.userName"], kind: .select([("", t["app.choose"])] + names), value: kept("user"),
                error: errors["amend_user"], required: true),
            FormField(
                name: "action", label: t["app.userAction"],
                kind: .select(
                    [("", t["app.choose"])] + UserAmendForm.Action.allCases.map { ($0.rawValue, t["app.userAction_\($0.rawValue)"]) }),
                value: kept("action"), error: errors["amend_action"], required: true),
            FormField(
                name: "role", label: t["app.newRole"],
                kind: .select([("", "—")] + UserRole.allCases.map { ($0.rawValue, t["app.role_\($0.rawValue)"]) }),
                value: kept("role"), error: errors["amend_role"]),
            FormField(
                name: "club", label: t["app.clubForTreasurer"], kind: .select([("", "—")] + clubs), value: kept("club"),
                error: errors["amend_club"]),
            FormField(
                name: "municipality", label: t["app.municipalityForOfficial"], kind: .select([("", "—")] + municipalities),
                value: kept("municipality"), error: errors["amend_municipality"]),
            FormField(
                name: "reason", label: t["app.reason"], value: kept("reason"), hint: t["app.hint_userReason"], error: errors["amend_reason"]
            ),
        ]
        page.forms = [form, amend]
        if !errors.isEmpty { page.status = .unprocessableContent }
        return services.pages.respond(page, request, context)
    }
}
