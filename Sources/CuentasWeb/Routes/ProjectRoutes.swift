import CuentasCore
import CuentasRender
import CuentasStore
import Hummingbird

/// A project's working figures for the people who may see them, and auditors' observations.
struct ProjectRoutes {
    let environment: WebEnvironment

    func register(on router: Router<AppRequestContext>) {
        router.get("/app/projects/{folio}") { request, context in
            return try await environment.work.run {
                guard let user = try environment.user(context) else { return Response.redirect(to: "/app/login") }
                return try projectPage(user, request, context, draft: "", error: nil, notice: nil)
            }
        }
        router.post("/app/projects/{folio}/observations") { request, context in
            let (input, user) = try await environment.submission(request, context)
            return try await environment.work.run {
                let t = environment.translation(request, context)
                guard AccessRule.mayObserve(by: user) else { return try environment.refusal(.forbidden, t["app.onlyAuditors"], request, context) }
                guard let folio = try? Folio(context.parameters.get("folio") ?? "", field: "folio") else {
                    return try environment.refusal(.notFound, t["app.notFound"], request, context)
                }
                let text = input["text"] ?? ""
                do {
                    try environment.store.addObservation(folio: folio, author: user.name, text: text)
                } catch StoreError.invalid(let error) {
                    return try projectPage(user, request, context, draft: text, error: error.explanation(in: t.language), notice: nil)
                }
                return try projectPage(user, request, context, draft: "", error: nil, notice: t["app.observationSaved"])
            }
        }
    }

    private func projectPage(
        _ user: UserAccount, _ request: Request, _ context: AppRequestContext, draft: String, error: String?, notice: String?
    ) throws -> Response {
        let t = environment.translation(request, context)
        guard let folio = try? Folio(context.parameters.get("folio") ?? "", field: "folio"),
            let state = try environment.store.projectState(folio), let account = state.projects[folio]
        else {
            return try environment.refusal(.notFound, t["app.notFound"], request, context)
        }
        guard AccessRule.mayRead(folio, by: user, catalogue: state.catalogue) else {
            return try environment.refusal(.forbidden, t["app.outOfScope"], request, context)
        }
        let figures = ProjectFigures(account: account, catalogue: state.catalogue, asOf: CalendarDate.today())
        var page = AppPage(title: "\(folio.text) · \(figures.title.text(in: t.language))")
        page.notice = notice
        page.figures = [
            (t["app.status"], t.status(figures.status)), (t["app.approvedCost"], t.money(figures.approvedCost)),
            (t["app.committed"], t.money(figures.totalCommitted)), (t["app.received"], t.money(figures.totalReceived)),
            (t["app.paid"], t.money(figures.totalPaid)), (t["app.balance"], t.money(figures.balanceOnHand)),
            (t["app.physical"], figures.physicalProgressPercent.map { t.percent($0) } ?? "—"),
        ]
        if figures.progressDiverges { page.warning = t["app.diverges"] }
        page.tables = [
            AppTable(
                caption: t["app.parties"], headers: [t["app.party"], t["app.role"], t["app.committed"], t["app.received"], t["app.outstanding"]],
                rows: figures.parties.map { party in
                    AppTable.Row(cells: [
                        .init(text: party.partyName), .init(text: t.role(party.role)), .init(text: t.money(party.committed)),
                        .init(text: t.money(party.received)), .init(text: t.money(party.outstanding)),
                    ])
                }, emptyText: t["app.none"]),
            AppTables.recentMovements(state.projectMovementIDs[folio] ?? [], state, t),
            AppTable(
                caption: t["app.observations"], headers: [t["app.writtenAt"], t["app.author"], t["app.observation"]],
                rows: try environment.store.observations(folio: folio).map { observation in
                    AppTable.Row(cells: [.init(text: observation.writtenAt), .init(text: observation.author), .init(text: observation.text)])
                }, emptyText: t["app.none"]),
        ]
        if AccessRule.mayObserve(by: user) {
            var form = AppForm(heading: t["app.addObservation"], action: "/app/projects/\(folio.text)/observations", submitLabel: t["app.save"])
            form.fields = [FormField(name: "text", label: t["app.observation"], kind: .textArea, value: draft, error: error, required: true)]
            page.forms = [form]
            if error != nil { page.status = .unprocessableContent }
        }
        page.links.append(("/app/live/\(t.language.rawValue)/projects/\(folio.text).html", t["app.liveStatement"]))
        if environment.configuration.siteFolder != nil {
            page.links.append(("/\(t.language.rawValue)/projects/\(folio.text).html", t["app.publishedStatement"]))
        }
        page.links.append(("/app", t["app.backHome"]))
        return try environment.respond(page, request, context)
    }
}
